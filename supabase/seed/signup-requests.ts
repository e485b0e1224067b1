// Demo sign-up requests in every status: the trigger filed them at sign-up; staff review two.
import { sql as raw } from "drizzle-orm";
import * as schema from "../../db/schema";
import type { DemoUsers } from "./people";
import type { SeedTx } from "./seed-context";

/** Approves one applicant's request and rejects another's; returns every request's id. */
export async function seedSignupRequests(tx: SeedTx, users: DemoUsers) {
  await tx
    .update(schema.signupRequests)
    .set({ status: "approved" })
    .where(raw`${schema.signupRequests.profile_id} = ${users.approved}`);
  await tx
    .update(schema.signupRequests)
    .set({ status: "rejected", rejection_reason: "Not a fit for our services" })
    .where(raw`${schema.signupRequests.profile_id} = ${users.rejected}`);
  const requests = await tx
    .select({ id: schema.signupRequests.id, profile_id: schema.signupRequests.profile_id })
    .from(schema.signupRequests);
  const requestOf = (profileId: string) => {
    const found = requests.find((request) => request.profile_id === profileId);
    if (!found) {
      throw new Error(`seed: no request for ${profileId}`);
    }
    return found.id;
  };
  return {
    pending: requestOf(users.pending),
    confirmed: requestOf(users.confirmed),
    approved: requestOf(users.approved),
    rejected: requestOf(users.rejected),
  };
}
