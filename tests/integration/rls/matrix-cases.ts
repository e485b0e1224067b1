// The RLS matrix, written down cell by cell: for every table, what each caller may see and do
// on the demo data. `denied` = refused with 42501 (no grant, or a WITH CHECK failure);
// `none` = allowed to try but no row qualifies (RLS hides it); `ok` = exactly one row changed.
// Longer than ~300 lines on purpose: it is data, one table of expected outcomes per table and
// caller, kept in one file so a reviewer reads the whole access model in one place.
import type { DemoWorld } from "../../../supabase/seed/demo-data";

export const actors = [
  "anon",
  "applicant",
  "clientA",
  "clientB",
  "teamAal1",
  "adminAal1",
  "team",
  "admin",
  "service",
] as const;
export type Actor = (typeof actors)[number];

/**
 * The matrix's columns: `staffAal1` is a team member and an admin signed in without their second
 * factor. They must fare like the applicant (a client with no company), except for rows that are
 * the applicant's own. `team` and `admin` are at `aal2`.
 */
const columns = [
  "anon",
  "applicant",
  "clientA",
  "clientB",
  "staffAal1",
  "team",
  "admin",
  "service",
] as const;
type Column = (typeof columns)[number];
const columnOf: Record<Actor, Column> = {
  anon: "anon",
  applicant: "applicant",
  clientA: "clientA",
  clientB: "clientB",
  teamAal1: "staffAal1",
  adminAal1: "staffAal1",
  team: "team",
  admin: "admin",
  service: "service",
};

export type SeeOutcome = "denied" | "all" | number;
export type WriteOutcome = "ok" | "none" | "denied";

export interface Fixtures {
  world: DemoWorld;
  /** An auth user with no profile yet (made with triggers off), for profile inserts. */
  orphanUserId: string;
  /** A page revision id. */
  revisionId: string;
  /** An audit log id. */
  auditId: number;
  /** A pending invitation (drizzle/0022_invitations) of the applicant's account. */
  invitationId: string;
  /** One of clientB's in-app notifications. */
  clientNotificationId?: string;
}

type Row = Record<string, string | number | null | Record<string, unknown>>;

export interface TableCase {
  table: string;
  select: Record<Actor, SeeOutcome>;
  insert: {
    row: (f: Fixtures, actorId: string | undefined) => Row;
    expect: Record<Actor, WriteOutcome>;
  };
  update: {
    target: (f: Fixtures) => string | number;
    set: Row;
    expect: Record<Actor, WriteOutcome>;
  };
  delete: { target: (f: Fixtures) => string | number; expect: Record<Actor, WriteOutcome> };
}

type Eight<T> = [T, T, T, T, T, T, T, T];

/** Shorthand: one outcome per column in `columns` order, spread over the actors. */
function per<T>(...values: Eight<T>): Record<Actor, T> {
  return Object.fromEntries(
    actors.map((actor) => [actor, values[columns.indexOf(columnOf[actor])]]),
  ) as Record<Actor, T>;
}

const see = (...values: Eight<SeeOutcome>) => per<SeeOutcome>(...values);
const may = (...values: Eight<WriteOutcome>) => per<WriteOutcome>(...values);

const must = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) {
    throw new Error(`matrix fixture missing: ${what}`);
  }
  return value;
};

//                     anon      applicant clientA   clientB   staffAal1 team      admin     service
export const matrix: TableCase[] = [
  {
    table: "profiles",
    select: see("denied", 1, 1, 1, 1, "all", "all", "all"),
    insert: {
      row: (f) => ({ id: f.orphanUserId, email: "orphan@example.test" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
    update: {
      target: (f) => f.world.users.clientB,
      set: { full_name: "Bruno B." },
      expect: may("denied", "none", "none", "ok", "none", "ok", "ok", "ok"),
    },
    delete: {
      target: (f) => f.world.users.clientB,
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
  },
  {
    table: "companies",
    select: see("denied", 0, 1, 1, 0, "all", "all", "all"),
    insert: {
      row: () => ({ name: "New Co" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "ok", "ok", "ok"),
    },
    update: {
      target: (f) => f.world.companies.globex,
      set: { industry: "Utilities" },
      expect: may("denied", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
    delete: {
      target: (f) => f.world.companies.initech,
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
  },
  {
    table: "contacts",
    select: see("denied", 0, 0, 0, 0, "all", "all", "all"),
    insert: {
      row: (f) => ({ company_id: f.world.companies.globex, full_name: "New Contact" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "ok", "ok", "ok"),
    },
    update: {
      target: (f) => must(f.world.contacts.b, "contact b"),
      set: { title: "CTO" },
      expect: may("denied", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
    delete: {
      target: (f) => must(f.world.contacts.b, "contact b"),
      expect: may("denied", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
  },
  {
    table: "notes",
    select: see("denied", 0, 0, 0, 0, "all", "all", "all"),
    insert: {
      row: (f, actorId) => ({
        company_id: f.world.companies.globex,
        body: "Call back",
        author_id: actorId ?? null,
      }),
      expect: may("denied", "denied", "denied", "denied", "denied", "ok", "ok", "ok"),
    },
    // The note's author is the team member: only they edit it; an admin may still delete it.
    update: {
      target: (f) => must(f.world.notes[0], "note"),
      set: { body: "Edited" },
      expect: may("denied", "none", "none", "none", "none", "ok", "none", "ok"),
    },
    delete: {
      target: (f) => must(f.world.notes[0], "note"),
      expect: may("denied", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
  },
  {
    table: "signup_requests",
    // The applicant sees their own request; staff at aal1 have none of their own.
    select: see("denied", 1, 0, 0, 0, "all", "all", "all"),
    insert: {
      row: (f) => ({
        profile_id: f.world.users.clientA,
        email: "clara@northwind.test",
        full_name: "Clara Client",
        company_name: "Northwind",
      }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
    update: {
      target: (f) => f.world.requests.pending,
      set: { company_name: "Renamed" },
      expect: may("denied", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
    delete: {
      target: (f) => f.world.requests.pending,
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
  },
  {
    table: "projects",
    select: see("denied", 0, 2, 2, 0, "all", "all", "all"),
    insert: {
      row: (f) => ({ company_id: f.world.companies.globex, name: "New project" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "ok", "ok", "ok"),
    },
    update: {
      target: (f) => f.world.projects.platformB,
      set: { progress: 35 },
      expect: may("denied", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
    delete: {
      target: (f) => f.world.projects.retainerB,
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
  },
  {
    table: "project_updates",
    select: see("denied", 0, 1, 1, 0, "all", "all", "all"),
    insert: {
      row: (f, actorId) => ({
        project_id: f.world.projects.platformB,
        title: "Weekly",
        body: "All good",
        visibility: "client",
        author_id: actorId ?? null,
      }),
      expect: may("denied", "denied", "denied", "denied", "denied", "ok", "ok", "ok"),
    },
    update: {
      target: (f) => must(f.world.updates[2], "client update of B"),
      set: { title: "Pipelines are live" },
      expect: may("denied", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
    delete: {
      target: (f) => must(f.world.updates[2], "client update of B"),
      expect: may("denied", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
  },
  {
    table: "tasks",
    select: see("denied", 0, 0, 0, 0, "all", "all", "all"),
    insert: {
      row: (f) => ({ project_id: f.world.projects.platformB, title: "New task" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "ok", "ok", "ok"),
    },
    update: {
      target: (f) => must(f.world.tasks[2], "task of B"),
      set: { status: "done" },
      expect: may("denied", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
    delete: {
      target: (f) => must(f.world.tasks[2], "task of B"),
      expect: may("denied", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
  },
  {
    table: "products",
    select: see("denied", 0, 1, 1, 0, "all", "all", "all"),
    insert: {
      row: () => ({ slug: "new-product", name: "New product" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "ok", "ok"),
    },
    update: {
      target: (f) => f.world.products.insights,
      set: { description: "Dashboards" },
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
    delete: {
      target: (f) => f.world.products.labs,
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
  },
  {
    table: "beta_access",
    // clientA: her live grant and her expired one; clientB: his revoked grant and Globex's.
    select: see("denied", 0, 2, 2, 0, "all", "all", "all"),
    insert: {
      row: (f) => ({ product_id: f.world.products.insights, profile_id: f.world.users.clientA }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "ok", "ok"),
    },
    update: {
      target: (f) => must(f.world.grants[1], "Globex grant"),
      set: { expires_at: "2030-01-01T00:00:00Z" },
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
    delete: {
      target: (f) => must(f.world.grants[1], "Globex grant"),
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
  },
  {
    table: "beta_invite_codes",
    select: see("denied", 0, 0, 0, 0, "all", "all", "all"),
    insert: {
      row: (f) => ({ product_id: f.world.products.insights, code: "INSIGHTS-1" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "ok", "ok"),
    },
    update: {
      target: (f) => must(f.world.inviteCode, "invite code"),
      set: { max_uses: 20 },
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
    delete: {
      target: (f) => must(f.world.inviteCode, "invite code"),
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
  },
  {
    table: "beta_builds",
    // Published builds of granted products only: clientA the mobile 0.9.0, clientB insights 0.3.0.
    select: see("denied", 0, 1, 1, 0, "all", "all", "all"),
    insert: {
      row: (f) => ({ product_id: f.world.products.insights, version: "0.4.0" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "ok", "ok"),
    },
    update: {
      target: (f) => f.world.builds.insights,
      set: { release_notes: "Better dashboards" },
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
    delete: {
      target: (f) => f.world.builds.insights,
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
  },
  {
    table: "beta_feedback",
    select: see("denied", 0, 1, 1, 0, "all", "all", "all"),
    // On the insights build: only Globex's client (and staff) can see it, so only they may rate it.
    insert: {
      row: (f, actorId) => ({
        build_id: f.world.builds.insights,
        rating: 3,
        profile_id: actorId ?? f.world.users.clientB,
      }),
      expect: may("denied", "denied", "denied", "ok", "denied", "ok", "ok", "ok"),
    },
    update: {
      target: (f) => must(f.world.feedback[1], "feedback of B"),
      set: { rating: 1 },
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
    delete: {
      target: (f) => must(f.world.feedback[1], "feedback of B"),
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
  },
  {
    table: "notifications",
    select: see("denied", 0, 0, 0, 0, "all", "all", "all"),
    insert: {
      row: () => ({
        recipient_email: "x@example.test",
        template_key: "request.approved",
        idempotency_key: "matrix-insert",
      }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
    update: {
      target: (f) => must(f.world.notifications[1], "queued notification"),
      set: { status: "sent" },
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
    delete: {
      target: (f) => must(f.world.notifications[1], "queued notification"),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
  },
  {
    table: "email_templates",
    select: see("denied", 0, 0, 0, 0, "all", "all", "all"),
    insert: {
      row: () => ({ key: "custom.welcome", subject: "News", html: "<p>News</p>", text: "News" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "ok", "ok"),
    },
    update: {
      target: (f) => must(f.world.templates[0], "template"),
      set: { subject: "Welcome!" },
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
    delete: {
      target: (f) => must(f.world.templates[0], "template"),
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
  },
  {
    table: "pages",
    select: see(1, 1, 1, 1, 1, "all", "all", "all"),
    insert: {
      row: () => ({ slug: "new-page", title: "New page" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "ok", "ok"),
    },
    update: {
      target: (f) => must(f.world.pages[0], "published page"),
      set: { title: "About us" },
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
    delete: {
      target: (f) => must(f.world.pages[1], "draft page"),
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
  },
  {
    table: "page_revisions",
    select: see("denied", 0, 0, 0, 0, "all", "all", "all"),
    insert: {
      row: (f) => ({
        page_id: must(f.world.pages[0], "page"),
        revision: 99,
        title: "Old",
        body: "Old body",
        status: "draft",
      }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
    update: {
      target: (f) => f.revisionId,
      set: { title: "Rewritten history" },
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
    delete: {
      target: (f) => f.revisionId,
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
  },
  {
    table: "audit_logs",
    select: see("denied", 0, 0, 0, 0, "all", "all", "all"),
    insert: {
      row: () => ({ table_name: "projects", record_id: "x", action: "insert" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "denied"),
    },
    update: {
      target: (f) => f.auditId,
      set: { record_id: "tampered" },
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "denied"),
    },
    delete: {
      target: (f) => f.auditId,
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "denied"),
    },
  },
  {
    table: "analytics_events",
    select: see("denied", 0, 0, 0, 0, "all", "all", "all"),
    insert: {
      row: () => ({ event_type: "page.view", anonymous_id: "visitor-9" }),
      expect: may("ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
    },
    update: {
      target: (f) => must(f.world.events[0], "event"),
      set: { event_type: "page.viewed" },
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
    delete: {
      target: (f) => must(f.world.events[0], "event"),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
  },
];

/** One bucket of `storage.objects`: the objects it holds, and who may see, add, change, remove. */
export interface StorageCase {
  bucket: string;
  /** Keys present in the bucket before every test (written as the owner). */
  objects: (f: Fixtures) => string[];
  select: Record<Actor, SeeOutcome>;
  /** A new key each caller tries to upload (INSERT), given the caller's user id. */
  insert: {
    name: (f: Fixtures, actorId: string | undefined) => string;
    expect: Record<Actor, WriteOutcome>;
  };
  /** An existing key each caller tries to overwrite (UPDATE) and to remove (DELETE). */
  update: { name: (f: Fixtures) => string; expect: Record<Actor, WriteOutcome> };
  delete: { name: (f: Fixtures) => string; expect: Record<Actor, WriteOutcome> };
}

const mobileId = (f: Fixtures) => f.world.products.mobile;
const insightsId = (f: Fixtures) => f.world.products.insights;
const labsId = (f: Fixtures) => f.world.products.labs;
const northwind = (f: Fixtures) => f.world.companies.northwind;
const globex = (f: Fixtures) => f.world.companies.globex;

//                     anon      applicant clientA   clientB   staffAal1 team      admin     service
export const storageMatrix: StorageCase[] = [
  {
    bucket: "public-media",
    objects: () => ["logo.png", "team/photo.jpg"],
    // Everyone reads it through its public URLs, which bypass RLS; listing it is for staff.
    select: see(0, 0, 0, 0, 0, "all", "all", "all"),
    insert: {
      name: () => "banners/new.png",
      expect: may("denied", "denied", "denied", "denied", "denied", "ok", "ok", "ok"),
    },
    update: {
      name: () => "logo.png",
      expect: may("none", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
    delete: {
      name: () => "team/photo.jpg",
      expect: may("none", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
  },
  {
    bucket: "beta-builds",
    // clientA holds a live grant for mobile (labs expired); clientB's company one for insights.
    objects: (f) => [
      `${mobileId(f)}/0.9.0/atrium.apk`,
      `${insightsId(f)}/0.3.0/insights.zip`,
      `${labsId(f)}/0.0.1/labs.zip`,
      "not-a-product/0.1.0/stray.zip",
    ],
    select: see(0, 0, 1, 1, 0, "all", "all", "all"),
    // Even a grantee cannot add a build under their own product's folder.
    insert: {
      name: (f) => `${mobileId(f)}/1.0.0/atrium.apk`,
      expect: may("denied", "denied", "denied", "denied", "denied", "ok", "ok", "ok"),
    },
    update: {
      name: (f) => `${mobileId(f)}/0.9.0/atrium.apk`,
      expect: may("none", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
    delete: {
      name: (f) => `${mobileId(f)}/0.9.0/atrium.apk`,
      expect: may("none", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
  },
  {
    bucket: "project-files",
    // Only `client/` files of a project of the caller's own company are theirs to read.
    objects: (f) => [
      `${northwind(f)}/${f.world.projects.websiteA}/client/brief.pdf`,
      `${northwind(f)}/${f.world.projects.websiteA}/internal/estimate.pdf`,
      `${northwind(f)}/${f.world.projects.platformB}/client/misfiled.pdf`,
      `${globex(f)}/${f.world.projects.platformB}/client/report.pdf`,
      `${globex(f)}/${f.world.projects.websiteA}/client/misfiled.pdf`,
    ],
    select: see(0, 0, 1, 1, 0, "all", "all", "all"),
    insert: {
      name: (f) => `${northwind(f)}/${f.world.projects.websiteA}/client/upload.pdf`,
      expect: may("denied", "denied", "denied", "denied", "denied", "ok", "ok", "ok"),
    },
    update: {
      name: (f) => `${northwind(f)}/${f.world.projects.websiteA}/client/brief.pdf`,
      expect: may("none", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
    delete: {
      name: (f) => `${globex(f)}/${f.world.projects.platformB}/client/report.pdf`,
      expect: may("none", "none", "none", "none", "none", "ok", "ok", "ok"),
    },
  },
  {
    bucket: "beta-feedback",
    // `<profile_id>/<build_id>/<file>`: each tester reads their own folder, staff everything.
    objects: (f) => [
      `${f.world.users.clientA}/${f.world.builds.mobile}/a.png`,
      `${f.world.users.clientB}/${f.world.builds.insights}/b.png`,
      "not-a-user/not-a-build/stray.png",
    ],
    select: see(0, 0, 1, 1, 0, "all", "all", "all"),
    // Into the caller's own folder for the insights build: only those who can see that build.
    insert: {
      name: (f, actorId) => `${actorId ?? f.world.users.clientB}/${f.world.builds.insights}/n.png`,
      expect: may("denied", "denied", "denied", "ok", "denied", "ok", "ok", "ok"),
    },
    // Nobody replaces a screenshot: feedback is what was sent.
    update: {
      name: (f) => `${f.world.users.clientB}/${f.world.builds.insights}/b.png`,
      expect: may("none", "none", "none", "none", "none", "none", "none", "ok"),
    },
    delete: {
      name: (f) => `${f.world.users.clientB}/${f.world.builds.insights}/b.png`,
      expect: may("none", "none", "none", "ok", "none", "none", "ok", "ok"),
    },
  },
];

// ==== BEGIN audit log + email outbox (drizzle/0017_audit_outbox_views) ====
// Kept in its own block, apart from the table cases above, so parallel edits merge cleanly.

/** A read-only view in public: who may select from it (RLS of its tables decides the rows). */
export interface ViewCase {
  view: string;
  select: Record<Actor, SeeOutcome>;
}

//                     anon      applicant clientA   clientB   staffAal1 team      admin     service
export const viewMatrix: ViewCase[] = [
  { view: "audit_entries", select: see("denied", 0, 0, 0, 0, "all", "all", "all") },
  { view: "outbox_emails", select: see("denied", 0, 0, 0, 0, "all", "all", "all") },
];

/** An RPC of the admin's: `ok` = it ran; `denied` = refused with 42501. */
export interface RpcCase {
  name: string;
  /** Arguments, given a failed notification's id made for the case and the demo data. */
  args: (failedNotificationId: string, f: Fixtures) => Record<string, unknown>;
  expect: Record<Actor, "ok" | "denied">;
}

//                     anon      applicant clientA   clientB   staffAal1 team      admin     service
export const rpcMatrix: RpcCase[] = [
  {
    name: "retry_notification",
    args: (id) => ({ notification_id: id }),
    expect: per("denied", "denied", "denied", "denied", "denied", "ok", "ok", "denied"),
  },
  {
    name: "send_test_email",
    args: () => ({ template_key: "request.approved", template_locale: "en", sample: {} }),
    expect: per("denied", "denied", "denied", "denied", "denied", "ok", "ok", "denied"),
  },
  // ==== BEGIN bulk actions (drizzle/0020_board_bulk) ====
  {
    name: "bulk_decide_signup_requests",
    args: (_, f) => ({ ids: uuidArray(f.world.requests.confirmed), decision: "approve" }),
    expect: per("denied", "denied", "denied", "denied", "denied", "ok", "ok", "denied"),
  },
  {
    name: "bulk_set_project_status",
    args: (_, f) => ({ ids: uuidArray(f.world.projects.websiteA), new_status: "on_hold" }),
    expect: per("denied", "denied", "denied", "denied", "denied", "ok", "ok", "denied"),
  },
  {
    name: "bulk_assign_account_manager",
    args: (_, f) => ({
      ids: uuidArray(f.world.projects.retainerB),
      manager_id: f.world.users.admin,
    }),
    expect: per("denied", "denied", "denied", "denied", "denied", "ok", "ok", "denied"),
  },
  {
    name: "bulk_delete_projects",
    args: (_, f) => ({ ids: uuidArray(f.world.projects.appA) }),
    expect: per("denied", "denied", "denied", "denied", "denied", "denied", "ok", "denied"),
  },
  {
    name: "bulk_revoke_beta_access",
    args: (_, f) => ({ ids: uuidArray(must(f.world.grants[0], "a beta grant")) }),
    expect: per("denied", "denied", "denied", "denied", "denied", "denied", "ok", "denied"),
  },
  // ==== END bulk actions ====
];

/** A Postgres array literal of ids, sent as text so Postgres reads it as the `uuid[]` argument. */
function uuidArray(...ids: string[]): string {
  return `{${ids.join(",")}}`;
}
// ==== END audit log + email outbox ====

// ==== BEGIN invitations (drizzle/0022_invitations, the invite-user function) ====
//                     anon      applicant clientA   clientB   staffAal1 team      admin     service
export const invitationMatrix: TableCase[] = [
  {
    table: "invitations",
    select: see("denied", 0, 0, 0, 0, 0, "all", "all"),
    insert: {
      row: () => ({ email: "new-invite@example.test", role: "team" }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "ok", "ok"),
    },
    update: {
      target: (f) => f.invitationId,
      set: { full_name: "Ivy Invited" },
      expect: may("denied", "none", "none", "none", "none", "none", "ok", "ok"),
    },
    // The record stays: revoking is an update; only the service role deletes.
    delete: {
      target: (f) => f.invitationId,
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
  },
];

/** invite-user's checks run as the caller (they answer every signed-in person); the email only
 * as the service role. */
//                     anon      applicant clientA   clientB   staffAal1 team      admin     service
export const invitationRpcMatrix: RpcCase[] = [
  {
    name: "check_invitation",
    args: (_, f) => ({
      invite_email: "someone@example.test",
      invite_role: "client",
      invite_company_id: f.world.companies.globex,
    }),
    expect: per("denied", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
  },
  {
    name: "check_invitation_change",
    args: (_, f) => ({ invitation_id: f.invitationId }),
    expect: per("denied", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
  },
  {
    name: "queue_invitation_email",
    args: (_, f) => ({ invitation_id: f.invitationId, confirm_url: "http://x.test", otp: "1" }),
    expect: per("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
  },
];
// ==== END invitations ====

// ==== BEGIN analytics (drizzle/0021_analytics) ====
// The Overview's figures: staff at aal2 only. Anon has no execute grant; everyone else is refused
// by the functions themselves with 42501, the service role included (it is no staff member).

/** A set-returning analytics function: `ok` = it returned its rows; `denied` = 42501. */
export interface AnalyticsRpcCase {
  name: string;
  args: Record<string, string>;
  expect: Record<Actor, "ok" | "denied">;
}

const analyticsPeriod = {
  period_start: "2026-01-01T00:00:00Z",
  period_end: "2026-02-01T00:00:00Z",
};
const runs = (...values: Eight<"ok" | "denied">) => per(...values);
//                     anon      applicant clientA   clientB   staffAal1 team      admin     service
const staffOnly = runs("denied", "denied", "denied", "denied", "denied", "ok", "ok", "denied");

export const analyticsRpcMatrix: AnalyticsRpcCase[] = [
  { name: "analytics_funnel", args: analyticsPeriod, expect: staffOnly },
  { name: "analytics_signups_per_day", args: analyticsPeriod, expect: staffOnly },
  { name: "analytics_projects_by_status", args: {}, expect: staffOnly },
  { name: "analytics_time_to_review", args: analyticsPeriod, expect: staffOnly },
];
// ==== END analytics ====

// ==== BEGIN client notifications (drizzle/0025_client_notifications) ====
// The demo's triggers gave each client three: a project update, a beta grant and a build.

//                     anon      applicant clientA   clientB   staffAal1 team      admin     service
export const inboxMatrix: TableCase[] = [
  {
    table: "client_notifications",
    select: see("denied", 0, 3, 3, 0, 0, 0, "all"),
    insert: {
      row: (f, actorId) => ({
        profile_id: actorId ?? f.world.users.clientA,
        kind: "project_update",
        title: "Forged",
        subject_id: f.world.projects.websiteA,
        event_key: `forged:${actorId ?? "anon"}`,
      }),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
    update: {
      target: (f) => must(f.clientNotificationId, "clientB's notification"),
      set: { read_at: "2026-12-01T00:00:00Z" },
      expect: may("denied", "none", "none", "ok", "none", "none", "none", "ok"),
    },
    delete: {
      target: (f) => must(f.clientNotificationId, "clientB's notification"),
      expect: may("denied", "denied", "denied", "denied", "denied", "denied", "denied", "ok"),
    },
  },
];
// ==== END client notifications ====
