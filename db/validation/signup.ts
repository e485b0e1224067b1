// What staff may change when reviewing a sign-up request; the portal's form that creates one is
// in ./signup-form (re-exported here).
import { createUpdateSchema } from "drizzle-zod";
import { z } from "zod/v4";
import { limits } from "../limits";
import { signupRequests } from "../schema/signup-requests";
import { optionalText } from "./fields";

export * from "./signup-form";

/** What staff may change when reviewing: status and, for a rejection, a reason. */
export const reviewRequestSchema = createUpdateSchema(signupRequests, {
  rejection_reason: () => optionalText("Reason", limits.rejectionReason),
})
  .pick({ status: true, rejection_reason: true })
  .extend({ status: z.enum(["confirmed", "approved", "rejected"]) });
