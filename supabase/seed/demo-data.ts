// Demo data for every role: staff, two client companies with a login each, sign-up requests in
// every status, projects with updates and tasks, products with grants, builds and feedback,
// pages, templates and outbox rows. Tests use the same world for the RLS matrix. This module
// only orders the domain seeds (each in its own file) inside one transaction.
import { sql as raw } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import * as schema from "../../db/schema";
import { seedActivity } from "./activity";
import { seedBeta } from "./beta";
import { seedCompanies } from "./companies";
import { seedContent } from "./content";
import { seedNotes } from "./notes";
import { seedPeople } from "./people";
import { seedProjects } from "./projects";
import { seedSignupRequests } from "./signup-requests";

export {
  DEMO_FACTOR_NAME,
  DEMO_PASSWORD,
  demoLoginLines,
  demoLogins,
  demoTotpSecrets,
} from "./logins";

export type DemoWorld = Awaited<ReturnType<typeof seedDemoData>>;

/**
 * Seeds an empty, migrated database and returns the ids it made. Run as `postgres`. The order is
 * fixed: triggers (audit, outbox) record each step, so the same order gives the same rows.
 * @example const world = await seedDemoData(sql); world.users.clientA
 */
export async function seedDemoData(sql: postgres.Sql) {
  const users = await seedPeople(sql);
  return drizzle(sql, { schema }).transaction(async (tx) => {
    // Acting as the admin makes reviewers and audit rows name a real person (at aal2, as staff
    // must be for staff work).
    const claims = { sub: users.admin, role: "authenticated", aal: "aal2" };
    await tx.execute(raw`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`);
    const { companies, contacts } = await seedCompanies(tx, users);
    const requests = await seedSignupRequests(tx, users);
    const { projects, updates, tasks } = await seedProjects(tx, users, companies);
    const notes = await seedNotes(tx, users, {
      company: companies.northwind,
      request: requests.confirmed,
    });
    const beta = await seedBeta(tx, users, companies);
    const { templates, pages } = await seedContent(tx, users);
    const { notifications, events } = await seedActivity(tx, users);
    return {
      users,
      companies,
      contacts,
      requests,
      projects,
      updates,
      tasks,
      notes,
      ...beta,
      templates,
      pages,
      notifications,
      events,
    };
  });
}

/** Seeds only a database that has no profiles yet; says whether it did. */
export async function seedIfEmpty(sql: postgres.Sql): Promise<boolean> {
  const [row] = await sql`select exists (select 1 from public.profiles) as seeded`;
  if (row?.seeded) {
    return false;
  }
  await seedDemoData(sql);
  return true;
}
