// CMS pages and their saved revisions (written by a trigger so admins can compare and roll back).
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgPolicy,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { anonRole, isAdmin, isStaff, serviceRoleManages } from "./access";
import {
  actedBy,
  belongsTo,
  createdAt,
  id,
  indexesOn,
  lengthAtMost,
  lengthBetween,
  timestamps,
  timestamptz,
} from "./columns";
import { canSelect, canWrite } from "./policies";
import { profiles } from "./profiles";
import { pageStatuses } from "./values";

export { pageStatuses };

export const pageStatus = pgEnum("page_status", pageStatuses);

export const pages = pgTable(
  "pages",
  {
    id: id(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    /** Markdown. */
    body: text().notNull().default(""),
    status: pageStatus().notNull().default("draft"),
    published_at: timestamptz(),
    author_id: actedBy(() => profiles.id),
    seo_title: text(),
    seo_description: text(),
    ...timestamps(),
  },
  (t) => [
    ...indexesOn("pages", t.status, t.author_id),
    check(
      "pages_slug_format",
      sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$'`,
    ),
    check("pages_title_length", lengthBetween(t.title, limits.name)),
    check("pages_seo_description_length", lengthAtMost(t.seo_description, limits.seoDescription)),
    pgPolicy("visitors read published pages", {
      for: "select",
      to: anonRole,
      using: sql`${t.status} = 'published'`,
    }),
    canSelect(
      "members read published pages and staff read all",
      sql`${t.status} = 'published' or ${isStaff}`,
    ),
    ...canWrite("admins", isAdmin, "pages", "edit"),
    serviceRoleManages("pages"),
  ],
);

export const pageRevisions = pgTable(
  "page_revisions",
  {
    id: id(),
    page_id: belongsTo(() => pages.id),
    revision: integer().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    status: pageStatus().notNull(),
    seo_title: text(),
    seo_description: text(),
    saved_by: uuid().references(() => profiles.id, { onDelete: "set null" }),
    saved_at: createdAt(),
  },
  (t) => [
    uniqueIndex("page_revisions_page_id_revision_key").on(t.page_id, t.revision),
    index("page_revisions_saved_by_idx").on(t.saved_by),
    canSelect("staff read revisions", isStaff),
    serviceRoleManages("page_revisions"),
  ],
);

export type PageStatus = (typeof pageStatuses)[number];
export type Page = typeof pages.$inferSelect;
export type NewPage = typeof pages.$inferInsert;
export type PageRevision = typeof pageRevisions.$inferSelect;
