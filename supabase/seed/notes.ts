// Demo staff notes: one on a client company, one on a sign-up request under review.
import * as schema from "../../db/schema";
import type { DemoUsers } from "./people";
import type { SeedTx } from "./seed-context";

/** Inserts the notes; returns their ids. */
export async function seedNotes(
  tx: SeedTx,
  users: DemoUsers,
  refs: { company: string; request: string },
) {
  const rows = await tx
    .insert(schema.notes)
    .values([
      { company_id: refs.company, body: "Prefers calls on Tuesdays.", author_id: users.team },
      {
        signup_request_id: refs.request,
        body: "Looks promising; call them this week.",
        author_id: users.team,
      },
    ])
    .returning({ id: schema.notes.id });
  return rows.map((row) => row.id);
}
