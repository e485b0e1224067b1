// Rules RLS alone cannot express: privileged profile columns, request transitions, the invite
// code RPC and page revisions, each exercised as the API roles would.
import type postgres from "postgres";
import { describe, expect, inject, it } from "vitest";
import { asCaller, attempt, type Caller, signedIn } from "../../support/as-role";
import { databaseForFile } from "../../support/database";

const world = inject("demoWorld");
const db = databaseForFile("atrium_seeded");

const clientA = signedIn(world.users.clientA);
const clientB = signedIn(world.users.clientB);
// Staff act with a verified second factor, as the admin makes them.
const team = signedIn(world.users.team, "aal2");
const admin = signedIn(world.users.admin, "aal2");
const service: Caller = { role: "service_role" };

type Work = (tx: postgres.ReservedSql) => Promise<unknown>;

/** What `work` returned as `caller` (rolled back), or how it failed: `"<sqlstate> <message>"`. */
const outcome = (caller: Caller, work: Work) => attempt(db.api, caller, work);

/** `work` run as `caller` and committed, for the tests that look at what it left behind. */
const committed = <T>(caller: Caller, work: (tx: postgres.ReservedSql) => Promise<T>) =>
  asCaller(db.api, caller, work, { commit: true });

/** A write a guard must refuse, with the refusal it must give. */
type Refusal = [label: string, caller: Caller, work: Work, failure: string];

const profileRefusals: Refusal[] = [
  [
    "a client raising their own role",
    clientA,
    (tx) => tx`update profiles set role = 'admin' where id = ${world.users.clientA}`,
    "42501 Only an admin can change a role",
  ],
  [
    "a client moving to another company",
    clientA,
    (tx) =>
      tx`update profiles set company_id = ${world.companies.globex} where id = ${world.users.clientA}`,
    "42501 Only staff can change a company",
  ],
  [
    "a client changing their email",
    clientA,
    (tx) => tx`update profiles set email = 'x@y.test' where id = ${world.users.clientA}`,
    "42501 The email belongs to the login: change it through the account settings",
  ],
  [
    "a team member changing roles",
    team,
    (tx) => tx`update profiles set role = 'team' where id = ${world.users.clientB}`,
    "42501 Only an admin can change a role",
  ],
  [
    "the last admin demoting themselves",
    admin,
    (tx) => tx`update profiles set role = 'team' where id = ${world.users.admin}`,
    "23514 Atrium needs at least one admin",
  ],
  [
    "deleting the last admin",
    service,
    (tx) => tx`delete from profiles where role = 'admin'`,
    "23514 Atrium needs at least one admin",
  ],
];

/** A write a guard must let through, with the row it must return. */
type Allowed = [label: string, caller: Caller, work: Work, rows: unknown[]];

const profileChanges: Allowed[] = [
  [
    "a client rename themselves",
    clientA,
    (tx) =>
      tx`update profiles set full_name = 'Clara C.' where id = ${world.users.clientA} returning full_name`,
    [{ full_name: "Clara C." }],
  ],
  [
    "an admin change a role",
    admin,
    (tx) => tx`update profiles set role = 'team' where id = ${world.users.clientB} returning role`,
    [{ role: "team" }],
  ],
];

describe("profiles", () => {
  it.each(profileChanges)("lets %s", async (_label, caller, work, rows) => {
    expect(await outcome(caller, work)).toEqual(rows);
  });

  it.each(profileRefusals)("refuses %s", async (_label, caller, work, failure) => {
    expect(await outcome(caller, work)).toBe(failure);
  });

  it("lets an admin change a role, and demote themselves once another admin remains", async () => {
    expect(
      await outcome(
        admin,
        (tx) =>
          tx`update profiles set role = 'team' where id = ${world.users.clientB} returning role`,
      ),
    ).toEqual([{ role: "team" }]);
    const result = await outcome(admin, async (tx) => {
      await tx`update profiles set role = 'admin' where id = ${world.users.team}`;
      await tx`update profiles set role = 'team' where id = ${world.users.admin}`;
      return tx`select email from profiles where role = 'admin'`;
    });
    expect(result).toEqual([{ email: "team@atrium.test" }]);
  });
});

const requestRefusals: Refusal[] = [
  ...(
    [
      ["pending", "approved"],
      ["rejected", "approved"],
      ["approved", "pending"],
    ] as const
  ).map(
    ([from, to]): Refusal => [
      `to move a ${from} request to ${to}`,
      team,
      (tx) => tx`update signup_requests set status = ${to} where id = ${world.requests[from]}`,
      `23514 A request cannot go from ${from} to ${to}`,
    ],
  ),
  [
    "to forge the reviewer",
    team,
    (tx) =>
      tx`update signup_requests set reviewed_by = ${world.users.admin} where id = ${world.requests.pending}`,
    "42501 The reviewer is recorded by the status change",
  ],
];

describe("signup requests", () => {
  it("stamps the reviewer and time when staff approve a confirmed request", async () => {
    const result = await outcome(
      team,
      (tx) =>
        tx`update signup_requests set status = 'approved' where id = ${world.requests.confirmed}
           returning status, reviewed_by, reviewed_at is not null as reviewed`,
    );
    expect(result).toEqual([{ status: "approved", reviewed_by: world.users.team, reviewed: true }]);
  });

  it.each(requestRefusals)("refuses %s", async (_label, caller, work, failure) => {
    expect(await outcome(caller, work)).toBe(failure);
  });
});

describe("redeem_beta_invite", () => {
  const usesOf = async (code: string) => {
    const [row] = await db.owner`select uses from beta_invite_codes where code = ${code}`;
    return Number(row?.uses);
  };

  it("grants the product to the caller and counts one use", async () => {
    const before = await usesOf("MOBILE-2026");
    const result = await committed(clientB, async (tx) => {
      const [grant] =
        await tx`select product_id, profile_id from redeem_beta_invite('MOBILE-2026')`;
      const builds =
        await tx`select version from beta_builds where product_id = ${world.products.mobile}`;
      return { grant, builds: builds.map((row) => row.version) };
    });
    expect(result.ok && result.value).toEqual({
      grant: { product_id: world.products.mobile, profile_id: world.users.clientB },
      builds: ["0.9.0"],
    });
    expect(await usesOf("MOBILE-2026")).toBe(before + 1);
  });

  it("returns the live grant again without using the code twice", async () => {
    const before = await usesOf("MOBILE-2026");
    const result = await committed(clientA, async (tx) => {
      const [grant] = await tx`select id from redeem_beta_invite('MOBILE-2026')`;
      return grant?.id;
    });
    expect(result.ok && result.value).toBe(world.grants[0]);
    expect(await usesOf("MOBILE-2026")).toBe(before);
  });

  it.each([
    ["an unknown code", "NOPE-0000", "This invite code does not exist"],
    ["an expired code", "EXPIRED-1", "This invite code has expired"],
    ["a used-up code", "USED-UP-1", "This invite code has been used up"],
  ])("refuses %s with a clear message", async (_case, code, message) => {
    await db.owner`insert into beta_invite_codes (product_id, code, max_uses, uses, expires_at) values
      (${world.products.insights}, 'EXPIRED-1', 5, 0, now() - interval '1 day'),
      (${world.products.insights}, 'USED-UP-1', 1, 1, null)
      on conflict (code) do nothing`;
    expect(await outcome(clientA, (tx) => tx`select redeem_beta_invite(${code})`)).toBe(
      `P0001 ${message}`,
    );
  });

  it("is not callable by anon", async () => {
    expect(
      await outcome({ role: "anon" }, (tx) => tx`select redeem_beta_invite('MOBILE-2026')`),
    ).toMatch(/^42501 permission denied for function redeem_beta_invite/);
  });

  it("lets exactly one of two racing clients take a code's last use", async () => {
    await db.owner`insert into beta_invite_codes (product_id, code, max_uses) values (${world.products.insights}, 'LAST-ONE', 1)`;
    const race = await Promise.all(
      [clientA, team].map((caller) =>
        committed(caller, (tx) => tx`select redeem_beta_invite('LAST-ONE')`),
      ),
    );
    expect(race.map((result) => (result.ok ? "won" : result.error.message)).sort()).toEqual([
      "This invite code has been used up",
      "won",
    ]);
    expect(await usesOf("LAST-ONE")).toBe(1);
  });
});

describe("email templates", () => {
  it("record who edited them last; a system write keeps that editor", async () => {
    const editorOf = async () => {
      const [row] = await db.owner<{ updated_by: string | null }[]>`
        select updated_by from email_templates where key = 'beta.granted' and locale = 'en'`;
      return row?.updated_by;
    };
    const edit = await committed(
      admin,
      (tx) =>
        tx`update email_templates set subject = 'Your {{ product_name }} beta is ready'
           where key = 'beta.granted' and locale = 'en'`,
    );
    expect(edit.ok).toBe(true);
    expect(await editorOf()).toBe(world.users.admin);
    const system = await committed(
      service,
      (tx) =>
        tx`update email_templates set text = text || ' ' where key = 'beta.granted' and locale = 'en'`,
    );
    expect(system.ok).toBe(true);
    expect(await editorOf()).toBe(world.users.admin);
  });
});

describe("pages", () => {
  it("saves a numbered revision per edit and stamps publication", async () => {
    const page = world.pages[1] ?? "";
    const result = await asCaller(db.api, admin, async (tx) => {
      await tx`update pages set body = 'Second draft' where id = ${page}`;
      await tx`update pages set status = 'published' where id = ${page}`;
      await tx`update pages set updated_at = now() where id = ${page}`;
      const revisions =
        await tx`select revision, body, status, saved_by from page_revisions where page_id = ${page} order by revision`;
      const [row] =
        await tx`select published_at is not null as published from pages where id = ${page}`;
      return { revisions, published: row?.published };
    });
    expect(result.ok && result.value).toEqual({
      published: true,
      revisions: [
        {
          revision: 1,
          body: "Draft: how to join our betas.",
          status: "draft",
          saved_by: world.users.admin,
        },
        { revision: 2, body: "Second draft", status: "draft", saved_by: world.users.admin },
        { revision: 3, body: "Second draft", status: "published", saved_by: world.users.admin },
      ],
    });
  });
});
