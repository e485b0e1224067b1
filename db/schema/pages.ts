// CMS pages and their saved revisions (written by a trigger so admins can compare and roll back).
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgPolicy,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { admins, anonRole, isStaff, staff } from "./access";
import { checkLength, checkLengthAtMost } from "./checks";
import { actedBy, belongsTo, createdAt, indexesOn, timestamps, timestamptz } from "./columns";
import { allow, canSelect } from "./policies";
import { profiles } from "./profiles";
import { defineTable } from "./table";
import { pageStatuses } from "./values";

export { pageStatuses };

export const pageStatus = pgEnum("page_status", pageStatuses);

export const pages = defineTable(
  "pages",
  {
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
    checkLength("pages", t.title, limits.name),
    checkLengthAtMost("pages", t.seo_description, limits.seoDescription),
    pgPolicy("visitors read published pages", {
      for: "select",
      to: anonRole,
      using: sql`${t.status} = 'published'`,
    }),
    canSelect(
      "members read published pages and staff read all",
      sql`${t.status} = 'published' or ${isStaff}`,
    ),
    ...allow("pages", { create: admins, edit: admins, delete: admins }),
  ],
);

export const pageRevisions = defineTable(
  "page_revisions",
  {
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
    ...allow("revisions", { read: staff }),
  ],
);

export type PageStatus = (typeof pageStatuses)[number];
export type Page = typeof pages.$inferSelect;
export type NewPage = typeof pages.$inferInsert;
export type PageRevision = typeof pageRevisions.$inferSelect;
