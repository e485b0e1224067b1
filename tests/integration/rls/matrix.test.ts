// Every table x caller x operation against the demo data, run in SQL exactly as REST runs it.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { asCaller, type Caller } from "../../support/as-role";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import {
  type Actor,
  actors,
  type Fixtures,
  matrix,
  type SeeOutcome,
  type WriteOutcome,
} from "./matrix-cases";

const world = inject("demoWorld");
let db: TestDatabase;
let api: postgres.Sql;
let owner: postgres.Sql;
let fixtures: Fixtures;

function callerOf(actor: Actor): Caller {
  switch (actor) {
    case "anon":
      return { role: "anon" };
    case "service":
      return { role: "service_role" };
    case "applicant":
      return { role: "authenticated", sub: world.users.pending };
    default:
      return { role: "authenticated", sub: world.users[actor] };
  }
}

beforeAll(async () => {
  db = await createTestDatabase("atrium_seeded");
  api = db.api;
  owner = db.owner;
  const superuser = postgres(db.superuserUrl, { max: 1, onnotice: () => {} });
  const [orphan] = await superuser.begin(async (tx) => {
    // Triggers off: an auth user without the profile the sign-up trigger would make.
    await tx`set local session_replication_role = replica`;
    return tx`insert into auth.users (id, email, role, aud) values (gen_random_uuid(), 'orphan@example.test', 'authenticated', 'authenticated') returning id`;
  });
  await superuser.end();
  const [revision] = await owner`select id from page_revisions order by saved_at limit 1`;
  const [audit] = await owner`select id from audit_logs order by id limit 1`;
  fixtures = { world, orphanUserId: orphan?.id, revisionId: revision?.id, auditId: audit?.id };
});

afterAll(() => db.drop());

function expectWrite(
  result: Awaited<ReturnType<typeof asCaller<number>>>,
  expected: WriteOutcome,
): void {
  if (expected === "denied") {
    expect(result.ok ? `changed ${result.value} row(s)` : result.error.code).toBe("42501");
    return;
  }
  expect(result.ok ? result.value : `${result.error.code} ${result.error.message}`).toBe(
    expected === "ok" ? 1 : 0,
  );
}

describe.each(matrix)("RLS on $table", (tableCase) => {
  const table = tableCase.table;

  it.each(actors)("select as %s", async (actor) => {
    const expected: SeeOutcome = tableCase.select[actor];
    const result = await asCaller(api, callerOf(actor), async (tx) => {
      const [row] = await tx`select count(*)::int as n from ${tx(`public.${table}`)}`;
      return Number(row?.n);
    });
    if (expected === "denied") {
      expect(result.ok ? `saw ${result.value}` : result.error.code).toBe("42501");
      return;
    }
    const [all] = await owner`select count(*)::int as n from ${owner(`public.${table}`)}`;
    const want = expected === "all" ? Number(all?.n) : expected;
    expect(result.ok ? result.value : result.error.message).toBe(want);
  });

  it.each(actors)("insert as %s", async (actor) => {
    const caller = callerOf(actor);
    const row = tableCase.insert.row(fixtures, caller.sub);
    const result = await asCaller(api, caller, async (tx) => {
      const done = await tx`insert into ${tx(`public.${table}`)} ${tx(row)}`;
      return done.count;
    });
    expectWrite(result, tableCase.insert.expect[actor]);
  });

  it.each(actors)("update as %s", async (actor) => {
    const target = tableCase.update.target(fixtures);
    const result = await asCaller(api, callerOf(actor), async (tx) => {
      const done =
        await tx`update ${tx(`public.${table}`)} set ${tx(tableCase.update.set)} where id = ${target}`;
      return done.count;
    });
    expectWrite(result, tableCase.update.expect[actor]);
  });

  it.each(actors)("delete as %s", async (actor) => {
    const target = tableCase.delete.target(fixtures);
    const result = await asCaller(api, callerOf(actor), async (tx) => {
      const done = await tx`delete from ${tx(`public.${table}`)} where id = ${target}`;
      return done.count;
    });
    expectWrite(result, tableCase.delete.expect[actor]);
  });
});
