// Staff notes: the body staff type in and the one subject the note is about. The author is not
// accepted: the column defaults to auth.uid(), which the insert policy requires it to equal.
import { createInsertSchema } from "drizzle-zod";
import { limits } from "../limits";
import { notes } from "../schema/notes";
import { requiredText } from "./fields";

export const insertNoteSchema = createInsertSchema(notes, {
  body: () => requiredText("Note", limits.body),
}).pick({
  body: true,
  company_id: true,
  contact_id: true,
  project_id: true,
  signup_request_id: true,
});
