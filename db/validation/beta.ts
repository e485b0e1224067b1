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

/**
 * Changing when a grant runs out: the day access ends (from its start, in UTC), or none for a
 * grant that does not expire. Revoking is a separate, confirmed action.
 */
export const grantExpirySchema = z.object({
  expires_at: z.iso
    .date({ error: "Pick the day access ends" })
    .nullish()
    // The start of that day in UTC, so the stored moment does not hang on the server's zone.
    .transform((day) => (day ? `${day}T00:00:00Z` : null))
    .meta({
      title: "Access ends on",
      description: "Leave empty for access that does not run out.",
    }),
});

export const insertInviteCodeSchema = createInsertSchema(betaInviteCodes, {
  code: () =>
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{4,64}$/, { error: "Use 4 to 64 letters, digits or dashes" }),
  max_uses: () => z.coerce.number().int().min(1, { error: "At least one use" }),
  // A code whose last moment has passed before it exists would only ever refuse.
  expires_at: (schema) =>
    schema.refine((at) => !at || Date.parse(at) > Date.now(), {
      error: "Pick a day that has not passed",
    }),
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

/** What a tester sends about a build: a rating, their words and, if they like, a screenshot. */
export const insertFeedbackSchema = createInsertSchema(betaFeedback, {
  rating: () =>
    z.coerce
      .number({ error: "Rate from 1 to 5" })
      .int({ error: "Rate from 1 to 5" })
      .min(1, { error: "Rate from 1 to 5" })
      .max(5, { error: "Rate from 1 to 5" })
      .meta({ title: "Rating", description: "1 is poor, 5 is excellent." }),
  // The key the upload returned; the database checks it lies in the tester's own folder.
  screenshot_path: () => z.string().max(300).nullish(),
})
  .pick({ build_id: true, rating: true, screenshot_path: true })
  // The column stays nullable for older rows; a new piece of feedback says something.
  .extend({ body: requiredText("Feedback", limits.feedback) });
