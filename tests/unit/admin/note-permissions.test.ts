// Delete on a company note is offered exactly where "authors and admins delete notes" allows it.
import { describe, expect, it } from "vitest";
import { canDeleteNote } from "../../../admin/src/components/notes/note-permissions";

const tomas = "a6f1d4a2-2c57-4f4e-9f0e-3f2a3c1b5d10";
const ada = "c1e2b3a4-5d6f-4a7b-8c9d-0e1f2a3b4c5d";

describe("deleting a note", () => {
  it("is offered to the team member who wrote it", () => {
    expect(canDeleteNote({ id: tomas, role: "team" }, { author_id: tomas })).toBe(true);
  });

  it("is not offered to a team member on someone else's note", () => {
    expect(canDeleteNote({ id: tomas, role: "team" }, { author_id: ada })).toBe(false);
  });

  it("is offered to an admin on anyone's note, even one whose author left", () => {
    expect(canDeleteNote({ id: ada, role: "admin" }, { author_id: tomas })).toBe(true);
    expect(canDeleteNote({ id: ada, role: "admin" }, { author_id: null })).toBe(true);
  });

  it("is not offered on a note whose author left, to a client, or before the identity loads", () => {
    expect(canDeleteNote({ id: tomas, role: "team" }, { author_id: null })).toBe(false);
    expect(canDeleteNote({ id: tomas, role: "client" }, { author_id: tomas })).toBe(false);
    expect(canDeleteNote(undefined, { author_id: tomas })).toBe(false);
  });
});
