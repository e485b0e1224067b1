// Demo data for every role: staff, two client companies with a login each, sign-up requests in
// every status, projects with updates and tasks, products with grants, builds and feedback,
// pages, templates and outbox rows. Tests use the same world for the RLS matrix.
import { sql as raw } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import * as schema from "../../db/schema";
import { confirmAuthUser, createAuthUser } from "./auth-users";

export const DEMO_PASSWORD = "atrium-demo";

export const demoLogins = {
  admin: "admin@atrium.test",
  team: "team@atrium.test",
  clientA: "clara@northwind.test",
  clientB: "bruno@globex.test",
  applicant: "pat@prospect.test",
} as const;

export type DemoWorld = Awaited<ReturnType<typeof seedDemoData>>;

/**
 * Seeds an empty, migrated database and returns the ids it made. Run as `postgres`.
 * @example const world = await seedDemoData(sql); world.users.clientA
 */
export async function seedDemoData(sql: postgres.Sql) {
  const staff = (role: "admin" | "team") => ({ atrium_role: role });
  const admin = await createAuthUser(sql, {
    email: demoLogins.admin,
    password: DEMO_PASSWORD,
    userMetadata: { full_name: "Ada Admin" },
    appMetadata: staff("admin"),
  });
  const team = await createAuthUser(sql, {
    email: demoLogins.team,
    password: DEMO_PASSWORD,
    userMetadata: { full_name: "Tomas Team" },
    appMetadata: staff("team"),
  });
  const clientA = await createAuthUser(sql, {
    email: demoLogins.clientA,
    password: DEMO_PASSWORD,
    userMetadata: { full_name: "Clara Client", locale: "en" },
    appMetadata: { atrium_role: "client" },
  });
  const clientB = await createAuthUser(sql, {
    email: demoLogins.clientB,
    password: DEMO_PASSWORD,
    userMetadata: { full_name: "Bruno Buyer", locale: "fr" },
    appMetadata: { atrium_role: "client" },
  });
  // Applicants come through the portal's sign-up: the trigger files their requests.
  const applicant = (email: string, fullName: string, company: string, confirmed: boolean) =>
    createAuthUser(sql, {
      email,
      password: DEMO_PASSWORD,
      confirmed,
      userMetadata: {
        full_name: fullName,
        company_name: company,
        details: { project_type: "website", budget: "10-25k", message: `Hello from ${company}` },
        source: "website",
        utm: { utm_source: "newsletter" },
      },
    });
  const pending = await applicant(demoLogins.applicant, "Pat Pending", "Prospect Labs", false);
  const confirmed = await applicant("connie@confirmed.test", "Connie Confirmed", "Umbrella", false);
  const approved = await applicant("andy@approved.test", "Andy Approved", "Stark Studio", false);
  const rejected = await applicant("rita@rejected.test", "Rita Rejected", "Spam Inc", false);
  for (const id of [confirmed, approved, rejected]) {
    await confirmAuthUser(sql, id);
  }

  const db = drizzle(sql, { schema });
  return db.transaction(async (tx) => {
    // Acting as the admin makes reviewers and audit rows name a real person.
    await tx.execute(
      raw`select set_config('request.jwt.claims', ${JSON.stringify({ sub: admin, role: "authenticated" })}, true)`,
    );
    const [northwind, globex, initech] = await tx
      .insert(schema.companies)
      .values([
        {
          name: "Northwind Traders",
          website: "https://northwind.test",
          industry: "Retail",
          status: "active",
          account_manager_id: team,
        },
        {
          name: "Globex Corporation",
          website: "https://globex.test",
          industry: "Energy",
          status: "active",
          account_manager_id: team,
        },
        { name: "Initech", industry: "Software", status: "lead" },
      ])
      .returning({ id: schema.companies.id });
    if (!northwind || !globex || !initech) {
      throw new Error("seed: companies were not created");
    }
    await tx
      .update(schema.profiles)
      .set({ company_id: northwind.id })
      .where(raw`${schema.profiles.id} = ${clientA}`);
    await tx
      .update(schema.profiles)
      .set({ company_id: globex.id })
      .where(raw`${schema.profiles.id} = ${clientB}`);

    const [contactA, contactB] = await tx
      .insert(schema.contacts)
      .values([
        {
          company_id: northwind.id,
          full_name: "Clara Client",
          email: demoLogins.clientA,
          title: "Head of Digital",
          profile_id: clientA,
        },
        {
          company_id: globex.id,
          full_name: "Bruno Buyer",
          email: demoLogins.clientB,
          phone: "+33 1 23 45 67 89",
          profile_id: clientB,
        },
        { company_id: initech.id, full_name: "Bill Lumbergh", email: "bill@initech.test" },
      ])
      .returning({ id: schema.contacts.id });

    await tx
      .update(schema.signupRequests)
      .set({ status: "approved" })
      .where(raw`${schema.signupRequests.profile_id} = ${approved}`);
    await tx
      .update(schema.signupRequests)
      .set({ status: "rejected", rejection_reason: "Not a fit for our services" })
      .where(raw`${schema.signupRequests.profile_id} = ${rejected}`);
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

    const [websiteA, appA, platformB, retainerB] = await tx
      .insert(schema.projects)
      .values([
        {
          company_id: northwind.id,
          name: "Website relaunch",
          status: "active",
          account_manager_id: team,
          start_date: "2026-09-01",
          due_date: "2027-01-31",
          progress: 60,
          client_summary: "Design approved; development of the shop pages under way.",
        },
        {
          company_id: northwind.id,
          name: "Mobile app",
          status: "pending",
          account_manager_id: team,
          progress: 0,
        },
        {
          company_id: globex.id,
          name: "Data platform",
          status: "active",
          account_manager_id: team,
          start_date: "2026-10-15",
          progress: 30,
          client_summary: "Ingestion pipelines in place; dashboards next.",
        },
        { company_id: globex.id, name: "Support retainer", status: "on_hold", progress: 80 },
      ])
      .returning({ id: schema.projects.id });
    if (!websiteA || !appA || !platformB || !retainerB) {
      throw new Error("seed: projects were not created");
    }

    const updates = await tx
      .insert(schema.projectUpdates)
      .values([
        {
          project_id: websiteA.id,
          title: "Design signed off",
          body: "The new home page and product pages are approved.",
          visibility: "client",
          author_id: team,
        },
        {
          project_id: websiteA.id,
          title: "Budget check",
          body: "Internal: 55% of budget used at 60% progress.",
          visibility: "internal",
          author_id: team,
        },
        {
          project_id: platformB.id,
          title: "Pipelines live",
          body: "Nightly ingestion runs are green.",
          visibility: "client",
          author_id: team,
        },
        {
          project_id: platformB.id,
          title: "Risk",
          body: "Internal: vendor API limits may slow backfill.",
          visibility: "internal",
          author_id: team,
        },
      ])
      .returning({ id: schema.projectUpdates.id });

    const tasksMade = await tx
      .insert(schema.tasks)
      .values([
        {
          project_id: websiteA.id,
          title: "Checkout page",
          status: "in_progress",
          assignee_id: team,
        },
        {
          project_id: websiteA.id,
          title: "Content migration",
          status: "todo",
          due_date: "2026-12-15",
        },
        {
          project_id: platformB.id,
          title: "Backfill 2025 data",
          status: "blocked",
          assignee_id: team,
        },
      ])
      .returning({ id: schema.tasks.id });

    const notesMade = await tx
      .insert(schema.notes)
      .values([
        { company_id: northwind.id, body: "Prefers calls on Tuesdays.", author_id: team },
        {
          signup_request_id: requestOf(confirmed),
          body: "Looks promising; call them this week.",
          author_id: team,
        },
      ])
      .returning({ id: schema.notes.id });

    const [mobile, insights, labs] = await tx
      .insert(schema.products)
      .values([
        {
          slug: "atrium-mobile",
          name: "Atrium Mobile",
          description: "Follow your projects on the go.",
          status: "beta",
        },
        {
          slug: "insights",
          name: "Insights",
          description: "Dashboards over your project data.",
          status: "beta",
        },
        { slug: "labs", name: "Labs", description: "Experiments, staff only.", status: "draft" },
      ])
      .returning({ id: schema.products.id });
    if (!mobile || !insights || !labs) {
      throw new Error("seed: products were not created");
    }

    const grants = await tx
      .insert(schema.betaAccess)
      .values([
        { product_id: mobile.id, profile_id: clientA, granted_by: admin },
        { product_id: insights.id, company_id: globex.id, granted_by: admin },
        {
          product_id: mobile.id,
          profile_id: clientB,
          granted_by: admin,
          revoked_at: "2026-11-01T00:00:00Z",
        },
        {
          product_id: labs.id,
          profile_id: clientA,
          granted_by: admin,
          expires_at: "2026-01-01T00:00:00Z",
        },
      ])
      .returning({ id: schema.betaAccess.id });

    const [inviteCode] = await tx
      .insert(schema.betaInviteCodes)
      .values([{ product_id: mobile.id, code: "MOBILE-2026", max_uses: 10, created_by: admin }])
      .returning({ id: schema.betaInviteCodes.id });

    const [mobileBuild, mobileRc, insightsBuild, labsBuild] = await tx
      .insert(schema.betaBuilds)
      .values([
        {
          product_id: mobile.id,
          version: "0.9.0",
          release_notes: "Project timeline and push notifications.",
          // Key in the beta-builds bucket: its first folder is the product id the policy checks.
          storage_path: `${mobile.id}/0.9.0/atrium.apk`,
          published_at: "2026-11-01T09:00:00Z",
        },
        { product_id: mobile.id, version: "1.0.0-rc1", release_notes: "Release candidate." },
        {
          product_id: insights.id,
          version: "0.3.0",
          release_notes: "First dashboards.",
          published_at: "2026-11-10T09:00:00Z",
        },
        { product_id: labs.id, version: "0.0.1", published_at: "2026-10-01T09:00:00Z" },
      ])
      .returning({ id: schema.betaBuilds.id });
    if (!mobileBuild || !mobileRc || !insightsBuild || !labsBuild) {
      throw new Error("seed: builds were not created");
    }

    const feedback = await tx
      .insert(schema.betaFeedback)
      .values([
        { build_id: mobileBuild.id, profile_id: clientA, rating: 4, body: "Love the timeline." },
        {
          build_id: insightsBuild.id,
          profile_id: clientB,
          rating: 5,
          body: "Exactly what we need.",
        },
      ])
      .returning({ id: schema.betaFeedback.id });

    // Templates come with the migrations; the demo only reads their ids.
    const templates = await tx
      .select({ id: schema.emailTemplates.id })
      .from(schema.emailTemplates)
      .where(raw`${schema.emailTemplates.key} = 'request.approved'`)
      .orderBy(schema.emailTemplates.locale);

    const pagesMade = await tx
      .insert(schema.pages)
      .values([
        {
          slug: "about",
          title: "About Atrium",
          body: "# About\n\nAtrium is where our clients follow their projects.",
          status: "published",
          author_id: admin,
          seo_title: "About Atrium",
        },
        {
          slug: "beta-programme",
          title: "Beta programme",
          body: "Draft: how to join our betas.",
          status: "draft",
          author_id: admin,
        },
      ])
      .returning({ id: schema.pages.id });

    // The outbox fills itself: confirming, approving, granting and posting above enqueued mail.
    const outbox = await tx
      .select({ id: schema.notifications.id })
      .from(schema.notifications)
      .orderBy(schema.notifications.created_at, schema.notifications.idempotency_key);

    const events = await tx
      .insert(schema.analyticsEvents)
      .values([
        { event_type: "page.view", anonymous_id: "anon-1", metadata: { path: "/about" } },
        { event_type: "portal.login", profile_id: clientA, metadata: {} },
      ])
      .returning({ id: schema.analyticsEvents.id });

    return {
      users: { admin, team, clientA, clientB, pending, confirmed, approved, rejected },
      companies: { northwind: northwind.id, globex: globex.id, initech: initech.id },
      contacts: { a: contactA?.id, b: contactB?.id },
      requests: {
        pending: requestOf(pending),
        confirmed: requestOf(confirmed),
        approved: requestOf(approved),
        rejected: requestOf(rejected),
      },
      projects: {
        websiteA: websiteA.id,
        appA: appA.id,
        platformB: platformB.id,
        retainerB: retainerB.id,
      },
      updates: updates.map((row) => row.id),
      tasks: tasksMade.map((row) => row.id),
      notes: notesMade.map((row) => row.id),
      products: { mobile: mobile.id, insights: insights.id, labs: labs.id },
      grants: grants.map((row) => row.id),
      inviteCode: inviteCode?.id,
      builds: {
        mobile: mobileBuild.id,
        mobileRc: mobileRc.id,
        insights: insightsBuild.id,
        labs: labsBuild.id,
      },
      feedback: feedback.map((row) => row.id),
      templates: templates.map((row) => row.id),
      pages: pagesMade.map((row) => row.id),
      notifications: outbox.map((row) => row.id),
      events: events.map((row) => row.id),
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

/** The demo logins as lines for a terminal. */
export function demoLoginLines(): string[] {
  const roles: Record<keyof typeof demoLogins, string> = {
    admin: "admin",
    team: "team (account manager)",
    clientA: "client of Northwind Traders",
    clientB: "client of Globex Corporation",
    applicant: "applicant, email not yet confirmed",
  };
  return Object.entries(demoLogins).map(
    ([key, email]) =>
      `  ${email.padEnd(24)} ${DEMO_PASSWORD}   ${roles[key as keyof typeof demoLogins]}`,
  );
}
