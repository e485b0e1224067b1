// The picker is shared with the portal (its feedback screenshots); the admin's imports stay put.
export { FilePicker, type FilePickerProps } from "@supabase-client/storage/file-picker";
