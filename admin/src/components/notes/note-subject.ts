// What a note is about: a notes row sets exactly one of these columns (a check constraint says so).
import type { Note } from "@db/schema/notes";

export type NoteSubjectColumn = keyof Pick<
  Note,
  "company_id" | "contact_id" | "project_id" | "signup_request_id"
>;

export interface NoteSubject {
  column: NoteSubjectColumn;
  id: string;
}
