// Demo content: the email templates the migrations ship (read, not written) and two pages.
import { sql as raw } from "drizzle-orm";
import * as schema from "../../db/schema";
import type { DemoUsers } from "./people";
import type { SeedTx } from "./seed-context";

/** Inserts the pages; returns them with the ids of the request.approved templates. */
export async function seedContent(tx: SeedTx, users: DemoUsers) {
  // Templates come with the migrations; the demo only reads their ids.
  const templates = await tx
    .select({ id: schema.emailTemplates.id })
    .from(schema.emailTemplates)
    .where(raw`${schema.emailTemplates.key} = 'request.approved'`)
    .orderBy(schema.emailTemplates.locale);
  const pages = await tx
    .insert(schema.pages)
    .values([
      {
        slug: "about",
        title: "About Atrium",
        body: "# About\n\nAtrium is where our clients follow their projects.",
        status: "published",
        author_id: users.admin,
        seo_title: "About Atrium",
      },
      {
        slug: "beta-programme",
        title: "Beta programme",
        body: "Draft: how to join our betas.",
        status: "draft",
        author_id: users.admin,
      },
    ])
    .returning({ id: schema.pages.id });
  return { templates: templates.map((row) => row.id), pages: pages.map((row) => row.id) };
}
