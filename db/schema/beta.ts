// Beta programme: products clients can test, who may, invite codes, builds and feedback.
import { sql } from "drizzle-orm";
import { check, integer, pgEnum, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { admins, authUid, isAdmin, isStaff, myCompanyId, staff } from "./access";
import { checkLength, checkLengthAtMost } from "./checks";
import { actedBy, belongsTo, createdAt, indexesOn, timestamps, timestamptz } from "./columns";
import { companies } from "./companies";
import { allow, canInsert, canSelect, canUpdate } from "./policies";
import { profiles } from "./profiles";
import { defineTable } from "./table";
import { productStatuses } from "./values";

export { productStatuses };

export const productStatus = pgEnum("product_status", productStatuses);

/** The signed-in user holds a live grant for the product (theirs or their company's). */
const hasBetaAccess = (productId: unknown) => sql`(select private.has_beta_access(${productId}))`;

export const products = defineTable(
  "products",
  {
    slug: text().notNull().unique(),
    name: text().notNull(),
    description: text(),
    status: productStatus().notNull().default("draft"),
    ...timestamps(),
  },
  (t) => [
    check("products_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    checkLength("products", t.name, limits.name),
    canSelect("staff and granted clients read products", sql`${isStaff} or ${hasBetaAccess(t.id)}`),
    ...allow("products", { create: admins, update: admins, delete: admins }),
  ],
);

/** A grant to one person or to a whole company (every client of it), never both. */
export const betaAccess = defineTable(
  "beta_access",
  {
    product_id: belongsTo(() => products.id),
    profile_id: uuid().references(() => profiles.id, { onDelete: "cascade" }),
    company_id: uuid().references(() => companies.id, { onDelete: "cascade" }),
    granted_by: actedBy(() => profiles.id),
    granted_at: createdAt(),
    expires_at: timestamptz(),
    revoked_at: timestamptz(),
  },
  (t) => [
    ...indexesOn("beta_access", t.product_id, t.profile_id, t.company_id, t.granted_by),
    check("beta_access_one_grantee", sql`num_nonnulls(${t.profile_id}, ${t.company_id}) = 1`),
    canSelect(
      "staff and grantees read grants",
      sql`${isStaff} or ${t.profile_id} = ${authUid} or ${t.company_id} = ${myCompanyId}`,
    ),
    canInsert("admins grant beta access", isAdmin),
    canUpdate("admins change grants", isAdmin),
    ...allow("grants", { delete: admins }),
  ],
);

/** Redeemed only through `public.redeem_beta_invite(code)`, which checks and counts atomically. */
export const betaInviteCodes = defineTable(
  "beta_invite_codes",
  {
    product_id: belongsTo(() => products.id),
    code: text().notNull().unique(),
    max_uses: integer().notNull().default(1),
    uses: integer().notNull().default(0),
    expires_at: timestamptz(),
    created_by: actedBy(() => profiles.id),
    created_at: createdAt(),
  },
  (t) => [
    ...indexesOn("beta_invite_codes", t.product_id, t.created_by),
    check(
      "beta_invite_codes_uses_range",
      sql`${t.max_uses} > 0 and ${t.uses} between 0 and ${t.max_uses}`,
    ),
    check("beta_invite_codes_code_format", sql`${t.code} ~ '^[A-Za-z0-9-]{4,64}$'`),
    ...allow("invite codes", { read: staff, create: admins, update: admins, delete: admins }),
  ],
);

export const betaBuilds = defineTable(
  "beta_builds",
  {
    product_id: belongsTo(() => products.id),
    version: text().notNull(),
    release_notes: text(),
    /** Object key in the `beta-builds` storage bucket. */
    storage_path: text(),
    /** Unpublished builds (null) are visible to staff only. */
    published_at: timestamptz(),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex("beta_builds_product_id_version_key").on(t.product_id, t.version),
    canSelect(
      "staff and granted clients read published builds",
      sql`${isStaff} or (${t.published_at} <= now() and ${hasBetaAccess(t.product_id)})`,
    ),
    ...allow("builds", { create: admins, update: admins, delete: admins }),
  ],
);

export const betaFeedback = defineTable(
  "beta_feedback",
  {
    build_id: belongsTo(() => betaBuilds.id),
    profile_id: uuid()
      .notNull()
      .default(sql`auth.uid()`)
      .references(() => profiles.id, { onDelete: "cascade" }),
    rating: smallint().notNull(),
    body: text(),
    /** Object key in the `beta-feedback` bucket: `<profile_id>/<build_id>/<file>`. */
    screenshot_path: text(),
    created_at: createdAt(),
  },
  (t) => [
    ...indexesOn("beta_feedback", t.build_id, t.profile_id),
    check("beta_feedback_rating_range", sql`${t.rating} between 1 and 5`),
    checkLengthAtMost("beta_feedback", t.body, limits.feedback),
    // Only a file in the tester's own folder for this build: feedback cannot point staff at
    // someone else's upload, and the storage policy only lets the tester write that folder.
    check(
      "beta_feedback_screenshot_own_folder",
      sql`${t.screenshot_path} is null or (starts_with(${t.screenshot_path}, ${t.profile_id}::text || '/' || ${t.build_id}::text || '/') and length(${t.screenshot_path}) <= 300)`,
    ),
    canSelect(
      "staff read all feedback and testers their own",
      sql`${isStaff} or ${t.profile_id} = ${authUid}`,
    ),
    // The sub-select runs under the tester's RLS on beta_builds: only builds they may see.
    canInsert(
      "testers give feedback on builds they can see",
      sql`${t.profile_id} = ${authUid} and ${t.build_id} in (select b.id from public.beta_builds b)`,
    ),
    ...allow("feedback", { delete: admins }),
  ],
);

export type ProductStatus = (typeof productStatuses)[number];
export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
export type BetaAccess = typeof betaAccess.$inferSelect;
export type NewBetaAccess = typeof betaAccess.$inferInsert;
export type BetaInviteCode = typeof betaInviteCodes.$inferSelect;
export type NewBetaInviteCode = typeof betaInviteCodes.$inferInsert;
export type BetaBuild = typeof betaBuilds.$inferSelect;
export type NewBetaBuild = typeof betaBuilds.$inferInsert;
export type BetaFeedback = typeof betaFeedback.$inferSelect;
export type NewBetaFeedback = typeof betaFeedback.$inferInsert;
