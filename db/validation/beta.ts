// Beta programme forms: products, grants, invite codes, builds and feedback.
import { createInsertSchema } from "drizzle-zod";
import { z } from "zod/v4";
import { limits } from "../limits";
import { betaAccess, betaBuilds, betaFeedback, betaInviteCodes, products } from "../schema/beta";
import { optionalText, requiredText, slug } from "./fields";

export const insertProductSchema = createInsertSchema(products, {
  slug: () => slug,
  name: () => requiredText("Name"),
  description: () => optionalText("Description", limits.body),
}).omit({ id: true, created_at: true, updated_at: true });

/** A grant names a person or a company, never both. */
export const grantBetaAccessSchema = createInsertSchema(betaAccess)
  .pick({ product_id: true, profile_id: true, company_id: true, expires_at: true })
  .refine((grant) => Boolean(grant.profile_id) !== Boolean(grant.company_id), {
    error: "Grant access to a person or to a company",
    path: ["profile_id"],
  });

export const insertInviteCodeSchema = createInsertSchema(betaInviteCodes, {
  code: () =>
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{4,64}$/, { error: "Use 4 to 64 letters, digits or dashes" }),
  max_uses: () => z.coerce.number().int().min(1, { error: "At least one use" }),
}).pick({ product_id: true, code: true, max_uses: true, expires_at: true });

/** What a client types to redeem a code; whether it exists and is still good, the RPC says. */
export const redeemInviteSchema = z.object({
  code: z
    .string({ error: "Enter the code from your invitation." })
    .trim()
    .min(1, { error: "Enter the code from your invitation." }),
});

export const insertBuildSchema = createInsertSchema(betaBuilds, {
  version: () => requiredText("Version", 50),
  release_notes: () => optionalText("Release notes", limits.body),
}).omit({ id: true, created_at: true });

export const insertFeedbackSchema = createInsertSchema(betaFeedback, {
  rating: () =>
    z.coerce
      .number()
      .int()
      .min(1, { error: "Rate from 1 to 5" })
      .max(5, { error: "Rate from 1 to 5" }),
  body: () => optionalText("Feedback", limits.feedback),
}).pick({ build_id: true, rating: true, body: true });
