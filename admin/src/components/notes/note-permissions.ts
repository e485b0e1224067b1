// Mirrors the notes delete policy ("authors and admins delete notes") so Delete is offered only
// where the database would allow it; RLS still decides.
import type { Note } from "@db/schema/notes";
import type { Identity } from "@supabase-client/auth-provider";

/**
 * @example canDeleteNote({ id: "a", role: "team" }, { author_id: "a" }) // true
 * @example canDeleteNote({ id: "a", role: "team" }, { author_id: "b" }) // false
 */
export function canDeleteNote(
  person: Pick<Identity, "id" | "role"> | null | undefined,
  note: Pick<Note, "author_id">,
): boolean {
  if (!person) {
    return false;
  }
  if (person.role === "admin") {
    return true;
  }
  return person.role === "team" && note.author_id !== null && note.author_id === person.id;
}
