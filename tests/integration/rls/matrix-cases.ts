// The RLS matrix's cases: for every table, bucket, view and function, what each caller may see
// and do on the demo data. The expected outcomes are one grid, matrix-outcomes.txt, so a reviewer
// reads the whole access model in one place; this file pairs each grid line with the rows the
// case writes, and throws at import if a line or a relation is left without its other half.
// Longer than ~300 lines on purpose: one entry per relation (the rows its cases write), kept in one
// place so every relation's fixtures are read together and a missing one throws at import.
import { readFileSync } from "node:fs";
import type { DemoWorld } from "../../../supabase/seed/demo-data";
import {
  type Actor,
  GridFile,
  type OutcomeGrid,
  type SeeOutcome,
  type WriteOutcome,
} from "./outcome-grid";

export { type Actor, actors, type SeeOutcome, type WriteOutcome } from "./outcome-grid";

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
type Target = (f: Fixtures) => string | number;

export interface TableCase {
  table: string;
  select: Record<Actor, SeeOutcome>;
  insert: {
    row: (f: Fixtures, actorId: string | undefined) => Row;
    expect: Record<Actor, WriteOutcome>;
  };
  update: { target: Target; set: Row; expect: Record<Actor, WriteOutcome> };
  delete: { target: Target; expect: Record<Actor, WriteOutcome> };
}

/** What a table's cases write: the inserted row, the updated row and its change, the deleted row. */
interface TableRows {
  row: TableCase["insert"]["row"];
  target: Target;
  set: Row;
  /** The deleted row, where it is not the updated one. */
  deleteTarget?: Target;
}

const grids = new GridFile(readFileSync(new URL("./matrix-outcomes.txt", import.meta.url), "utf8"));

const must = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) {
    throw new Error(`matrix fixture missing: ${what}`);
  }
  return value;
};

/** Pairs each subject of a grid with its entry in `rows`; a subject missing on either side throws. */
function eachSubject<R, C>(
  grid: OutcomeGrid,
  rows: Record<string, R>,
  build: (subject: string, entry: R) => C,
): C[] {
  const subjects = grid.subjects();
  const unused = Object.keys(rows).filter((key) => !subjects.includes(key));
  if (unused.length > 0) {
    throw new Error(`matrix: rows for relations the grid lacks: ${unused.join(", ")}`);
  }
  const cases = subjects.map((subject) =>
    build(subject, must(rows[subject], `rows of ${subject}`)),
  );
  grid.assertAllTaken();
  return cases;
}

/** A table's four operations: the grid's outcomes with the rows they act on. */
function tableCases(grid: OutcomeGrid, rows: Record<string, TableRows>): TableCase[] {
  return eachSubject(grid, rows, (table, { row, target, set, deleteTarget }) => ({
    table,
    select: grid.see(table),
    insert: { row, expect: grid.may(table, "insert") },
    update: { target, set, expect: grid.may(table, "update") },
    delete: { target: deleteTarget ?? target, expect: grid.may(table, "delete") },
  }));
}

const tableGrid = grids.section("tables");

export const matrix: TableCase[] = tableCases(tableGrid, {
  profiles: {
    row: (f) => ({ id: f.orphanUserId, email: "orphan@example.test" }),
    target: (f) => f.world.users.clientB,
    set: { full_name: "Bruno B." },
  },
  companies: {
    row: () => ({ name: "New Co" }),
    target: (f) => f.world.companies.globex,
    set: { industry: "Utilities" },
    deleteTarget: (f) => f.world.companies.initech,
  },
  contacts: {
    row: (f) => ({ company_id: f.world.companies.globex, full_name: "New Contact" }),
    target: (f) => must(f.world.contacts.b, "contact b"),
    set: { title: "CTO" },
  },
  notes: {
    row: (f, actorId) => ({
      company_id: f.world.companies.globex,
      body: "Call back",
      author_id: actorId ?? null,
    }),
    target: (f) => must(f.world.notes[0], "note"),
    set: { body: "Edited" },
  },
  signup_requests: {
    row: (f) => ({
      profile_id: f.world.users.clientA,
      email: "clara@northwind.test",
      full_name: "Clara Client",
      company_name: "Northwind",
    }),
    target: (f) => f.world.requests.pending,
    set: { company_name: "Renamed" },
  },
  projects: {
    row: (f) => ({ company_id: f.world.companies.globex, name: "New project" }),
    target: (f) => f.world.projects.platformB,
    set: { progress: 35 },
    deleteTarget: (f) => f.world.projects.retainerB,
  },
  project_updates: {
    row: (f, actorId) => ({
      project_id: f.world.projects.platformB,
      title: "Weekly",
      body: "All good",
      visibility: "client",
      author_id: actorId ?? null,
    }),
    target: (f) => must(f.world.updates[2], "client update of B"),
    set: { title: "Pipelines are live" },
  },
  tasks: {
    row: (f) => ({ project_id: f.world.projects.platformB, title: "New task" }),
    target: (f) => must(f.world.tasks[2], "task of B"),
    set: { status: "done" },
  },
  products: {
    row: () => ({ slug: "new-product", name: "New product" }),
    target: (f) => f.world.products.insights,
    set: { description: "Dashboards" },
    deleteTarget: (f) => f.world.products.labs,
  },
  beta_access: {
    row: (f) => ({ product_id: f.world.products.insights, profile_id: f.world.users.clientA }),
    target: (f) => must(f.world.grants[1], "Globex grant"),
    set: { expires_at: "2030-01-01T00:00:00Z" },
  },
  beta_invite_codes: {
    row: (f) => ({ product_id: f.world.products.insights, code: "INSIGHTS-1" }),
    target: (f) => must(f.world.inviteCode, "invite code"),
    set: { max_uses: 20 },
  },
  beta_builds: {
    row: (f) => ({ product_id: f.world.products.insights, version: "0.4.0" }),
    target: (f) => f.world.builds.insights,
    set: { release_notes: "Better dashboards" },
  },
  beta_feedback: {
    row: (f, actorId) => ({
      build_id: f.world.builds.insights,
      rating: 3,
      profile_id: actorId ?? f.world.users.clientB,
    }),
    target: (f) => must(f.world.feedback[1], "feedback of B"),
    set: { rating: 1 },
  },
  notifications: {
    row: () => ({
      recipient_email: "x@example.test",
      template_key: "request.approved",
      idempotency_key: "matrix-insert",
    }),
    target: (f) => must(f.world.notifications[1], "queued notification"),
    set: { status: "sent" },
  },
  email_templates: {
    row: () => ({ key: "custom.welcome", subject: "News", html: "<p>News</p>", text: "News" }),
    target: (f) => must(f.world.templates[0], "template"),
    set: { subject: "Welcome!" },
  },
  pages: {
    row: () => ({ slug: "new-page", title: "New page" }),
    target: (f) => must(f.world.pages[0], "published page"),
    set: { title: "About us" },
    deleteTarget: (f) => must(f.world.pages[1], "draft page"),
  },
  page_revisions: {
    row: (f) => ({
      page_id: must(f.world.pages[0], "page"),
      revision: 99,
      title: "Old",
      body: "Old body",
      status: "draft",
    }),
    target: (f) => f.revisionId,
    set: { title: "Rewritten history" },
  },
  audit_logs: {
    row: () => ({ table_name: "projects", record_id: "x", action: "insert" }),
    target: (f) => f.auditId,
    set: { record_id: "tampered" },
  },
  analytics_events: {
    row: () => ({ event_type: "page.view", anonymous_id: "visitor-9" }),
    target: (f) => must(f.world.events[0], "event"),
    set: { event_type: "page.viewed" },
  },
});

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

/** What a bucket's cases touch: its objects, the uploaded key, the overwritten and removed ones. */
interface BucketKeys {
  objects: StorageCase["objects"];
  upload: StorageCase["insert"]["name"];
  overwrite: (f: Fixtures) => string;
  /** The removed key, where it is not the overwritten one. */
  remove?: (f: Fixtures) => string;
}

const mobileId = (f: Fixtures) => f.world.products.mobile;
const insightsId = (f: Fixtures) => f.world.products.insights;
const labsId = (f: Fixtures) => f.world.products.labs;
const northwind = (f: Fixtures) => f.world.companies.northwind;
const globex = (f: Fixtures) => f.world.companies.globex;

const storageGrid = grids.section("storage");

export const storageMatrix: StorageCase[] = eachSubject(
  storageGrid,
  {
    "public-media": {
      objects: () => ["logo.png", "team/photo.jpg"],
      upload: () => "banners/new.png",
      overwrite: () => "logo.png",
      remove: () => "team/photo.jpg",
    },
    "beta-builds": {
      objects: (f) => [
        `${mobileId(f)}/0.9.0/atrium.apk`,
        `${insightsId(f)}/0.3.0/insights.zip`,
        `${labsId(f)}/0.0.1/labs.zip`,
        "not-a-product/0.1.0/stray.zip",
      ],
      upload: (f) => `${mobileId(f)}/1.0.0/atrium.apk`,
      overwrite: (f) => `${mobileId(f)}/0.9.0/atrium.apk`,
    },
    "project-files": {
      objects: (f) => [
        `${northwind(f)}/${f.world.projects.websiteA}/client/brief.pdf`,
        `${northwind(f)}/${f.world.projects.websiteA}/internal/estimate.pdf`,
        `${northwind(f)}/${f.world.projects.platformB}/client/misfiled.pdf`,
        `${globex(f)}/${f.world.projects.platformB}/client/report.pdf`,
        `${globex(f)}/${f.world.projects.websiteA}/client/misfiled.pdf`,
      ],
      upload: (f) => `${northwind(f)}/${f.world.projects.websiteA}/client/upload.pdf`,
      overwrite: (f) => `${northwind(f)}/${f.world.projects.websiteA}/client/brief.pdf`,
      remove: (f) => `${globex(f)}/${f.world.projects.platformB}/client/report.pdf`,
    },
    "beta-feedback": {
      objects: (f) => [
        `${f.world.users.clientA}/${f.world.builds.mobile}/a.png`,
        `${f.world.users.clientB}/${f.world.builds.insights}/b.png`,
        "not-a-user/not-a-build/stray.png",
      ],
      upload: (f, actorId) =>
        `${actorId ?? f.world.users.clientB}/${f.world.builds.insights}/n.png`,
      overwrite: (f) => `${f.world.users.clientB}/${f.world.builds.insights}/b.png`,
    },
  } satisfies Record<string, BucketKeys>,
  (bucket, { objects, upload, overwrite, remove }: BucketKeys) => ({
    bucket,
    objects,
    select: storageGrid.see(bucket),
    insert: { name: upload, expect: storageGrid.may(bucket, "insert") },
    update: { name: overwrite, expect: storageGrid.may(bucket, "update") },
    delete: { name: remove ?? overwrite, expect: storageGrid.may(bucket, "delete") },
  }),
);

// ==== BEGIN audit log + email outbox (drizzle/0017_audit_outbox_views) ====
// Kept in its own block, apart from the table cases above, so parallel edits merge cleanly.

/** A read-only view in public: who may select from it (RLS of its tables decides the rows). */
export interface ViewCase {
  view: string;
  select: Record<Actor, SeeOutcome>;
}

const viewGrid = grids.section("views");

export const viewMatrix: ViewCase[] = eachSubject(
  viewGrid,
  { audit_entries: {}, outbox_emails: {} },
  (view) => ({ view, select: viewGrid.see(view) }),
);

/** An RPC of the admin's: `ok` = it ran; `denied` = refused with 42501. */
export interface RpcCase {
  name: string;
  /** Arguments, given a failed notification's id made for the case and the demo data. */
  args: (failedNotificationId: string, f: Fixtures) => Record<string, unknown>;
  expect: Record<Actor, "ok" | "denied">;
}

/** Each function of a grid with its arguments and whether each caller may run it. */
function rpcCases(grid: OutcomeGrid, args: Record<string, RpcCase["args"]>): RpcCase[] {
  return eachSubject(grid, args, (name, argsOf) => ({
    name,
    args: argsOf,
    expect: grid.runs(name),
  }));
}

const rpcGrid = grids.section("admin rpcs");

export const rpcMatrix: RpcCase[] = rpcCases(rpcGrid, {
  retry_notification: (id) => ({ notification_id: id }),
  send_test_email: () => ({ template_key: "request.approved", template_locale: "en", sample: {} }),
  bulk_decide_signup_requests: (_, f) => ({
    ids: uuidArray(f.world.requests.confirmed),
    decision: "approve",
  }),
  bulk_set_project_status: (_, f) => ({
    ids: uuidArray(f.world.projects.websiteA),
    new_status: "on_hold",
  }),
  bulk_assign_account_manager: (_, f) => ({
    ids: uuidArray(f.world.projects.retainerB),
    manager_id: f.world.users.admin,
  }),
  bulk_delete_projects: (_, f) => ({ ids: uuidArray(f.world.projects.appA) }),
  bulk_revoke_beta_access: (_, f) => ({
    ids: uuidArray(must(f.world.grants[0], "a beta grant")),
  }),
});

/** A Postgres array literal of ids, sent as text so Postgres reads it as the `uuid[]` argument. */
function uuidArray(...ids: string[]): string {
  return `{${ids.join(",")}}`;
}
// ==== END audit log + email outbox ====

// ==== BEGIN invitations (drizzle/0022_invitations, the invite-user function) ====
const invitationGrid = grids.section("invitations");

export const invitationMatrix: TableCase[] = tableCases(invitationGrid, {
  invitations: {
    row: () => ({ email: "new-invite@example.test", role: "team" }),
    target: (f) => f.invitationId,
    set: { full_name: "Ivy Invited" },
  },
});

/** invite-user's checks run as the caller (they answer every signed-in person); the email only
 * as the service role. */
const invitationRpcGrid = grids.section("invitation rpcs");

export const invitationRpcMatrix: RpcCase[] = rpcCases(invitationRpcGrid, {
  check_invitation: (_, f) => ({
    invite_email: "someone@example.test",
    invite_role: "client",
    invite_company_id: f.world.companies.globex,
  }),
  check_invitation_change: (_, f) => ({ invitation_id: f.invitationId }),
  queue_invitation_email: (_, f) => ({
    invitation_id: f.invitationId,
    confirm_url: "http://x.test",
    otp: "1",
  }),
});
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

const analyticsGrid = grids.section("analytics rpcs");

export const analyticsRpcMatrix: AnalyticsRpcCase[] = eachSubject(
  analyticsGrid,
  {
    analytics_funnel: analyticsPeriod,
    analytics_signups_per_day: analyticsPeriod,
    analytics_projects_by_status: {},
    analytics_time_to_review: analyticsPeriod,
  },
  (name, args: Record<string, string>) => ({ name, args, expect: analyticsGrid.runs(name) }),
);
// ==== END analytics ====

// ==== BEGIN client notifications (drizzle/0025_client_notifications) ====
// The demo's triggers gave each client three: a project update, a beta grant and a build.
const inboxGrid = grids.section("client notifications");

export const inboxMatrix: TableCase[] = tableCases(inboxGrid, {
  client_notifications: {
    row: (f, actorId) => ({
      profile_id: actorId ?? f.world.users.clientA,
      kind: "project_update",
      title: "Forged",
      subject_id: f.world.projects.websiteA,
      event_key: `forged:${actorId ?? "anon"}`,
    }),
    target: (f) => must(f.clientNotificationId, "clientB's notification"),
    set: { read_at: "2026-12-01T00:00:00Z" },
  },
});
// ==== END client notifications ====

// Every section of matrix-outcomes.txt has been read by a case list above.
grids.assertAllTaken();
