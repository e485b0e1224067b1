// Every table x caller x operation against the demo data, run in SQL exactly as REST runs it;
// storage.objects per bucket, as the storage service runs it.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { asCaller, type Caller, type Outcome, signedIn } from "../../support/as-role";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import {
  type Actor,
  actors,
  analyticsRpcMatrix,
  type Fixtures,
  inboxMatrix,
  invitationMatrix,
  invitationRpcMatrix,
  matrix,
  rpcMatrix,
  type SeeOutcome,
  storageMatrix,
  viewMatrix,
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
    // Staff signed in with their password only: the token says aal1.
    case "teamAal1":
      return signedIn(world.users.team);
    case "adminAal1":
      return signedIn(world.users.admin);
    case "team":
    case "admin":
      return signedIn(world.users[actor], "aal2");
    default:
      return signedIn(world.users[actor]);
  }
}

type Work<T> = (tx: postgres.ReservedSql) => Promise<T>;

/** How many rows the statement touched, as the actor (rolled back). */
const changedAs = (actor: Actor, work: Work<{ count: number }>) =>
  asCaller(api, callerOf(actor), async (tx) => (await work(tx)).count);

/** The `n` the counting query answers, as the actor (rolled back). */
const countedAs = (actor: Actor, work: Work<postgres.Row[]>) =>
  asCaller(api, callerOf(actor), async (tx) => Number((await work(tx))[0]?.n));

/** Checks a count against the expected sight: refused, every row (`all`), or a number. */
function expectSeen(result: Outcome<number>, expected: SeeOutcome, all: number): void {
  if (expected === "denied") {
    expect(result.ok ? `saw ${result.value}` : result.error.code).toBe("42501");
    return;
  }
  expect(result.ok ? result.value : result.error.message).toBe(expected === "all" ? all : expected);
}

/** The row count of a relation, as its owner. */
async function ownerCount(relation: string): Promise<number> {
  const [all] = await owner`select count(*)::int as n from ${owner(relation)}`;
  return Number(all?.n);
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
  const [invitation] = await owner`
    insert into public.invitations (email, role, user_id, invited_by)
    values ('invited@example.test', 'team', ${world.users.pending}, ${world.users.admin})
    returning id`;
  const [inboxItem] =
    await owner`select id from client_notifications where profile_id = ${world.users.clientB} limit 1`;
  fixtures = {
    world,
    orphanUserId: orphan?.id,
    revisionId: revision?.id,
    auditId: audit?.id,
    invitationId: invitation?.id,
    clientNotificationId: inboxItem?.id,
  };
});

afterAll(() => db.drop());

function expectWrite(result: Outcome<number>, expected: WriteOutcome): void {
  if (expected === "denied") {
    expect(result.ok ? `changed ${result.value} row(s)` : result.error.code).toBe("42501");
    return;
  }
  expect(result.ok ? result.value : `${result.error.code} ${result.error.message}`).toBe(
    expected === "ok" ? 1 : 0,
  );
}

describe.each([...matrix, ...invitationMatrix, ...inboxMatrix])("RLS on $table", (tableCase) => {
  const relation = `public.${tableCase.table}`;

  it.each(actors)("select as %s", async (actor) => {
    const result = await countedAs(
      actor,
      (tx) => tx`select count(*)::int as n from ${tx(relation)}`,
    );
    expectSeen(result, tableCase.select[actor], await ownerCount(relation));
  });

  it.each(actors)("insert as %s", async (actor) => {
    const row = tableCase.insert.row(fixtures, callerOf(actor).sub);
    const result = await changedAs(actor, (tx) => tx`insert into ${tx(relation)} ${tx(row)}`);
    expectWrite(result, tableCase.insert.expect[actor]);
  });

  it.each(actors)("update as %s", async (actor) => {
    const target = tableCase.update.target(fixtures);
    const set = tableCase.update.set;
    const result = await changedAs(
      actor,
      (tx) => tx`update ${tx(relation)} set ${tx(set)} where id = ${target}`,
    );
    expectWrite(result, tableCase.update.expect[actor]);
  });

  it.each(actors)("delete as %s", async (actor) => {
    const target = tableCase.delete.target(fixtures);
    const result = await changedAs(
      actor,
      (tx) => tx`delete from ${tx(relation)} where id = ${target}`,
    );
    expectWrite(result, tableCase.delete.expect[actor]);
  });
});

describe.each(storageMatrix)("RLS on storage.objects in $bucket", (bucketCase) => {
  const bucket = bucketCase.bucket;

  beforeAll(async () => {
    const names = bucketCase.objects(fixtures);
    await owner`insert into storage.objects ${owner(names.map((name) => ({ bucket_id: bucket, name })))}`;
  });

  it.each(actors)("select as %s", async (actor) => {
    const result = await countedAs(
      actor,
      (tx) => tx`select count(*)::int as n from storage.objects where bucket_id = ${bucket}`,
    );
    expectSeen(result, bucketCase.select[actor], bucketCase.objects(fixtures).length);
  });

  it.each(actors)("upload (insert) as %s", async (actor) => {
    const sub = callerOf(actor).sub;
    const row = {
      bucket_id: bucket,
      name: bucketCase.insert.name(fixtures, sub),
      owner_id: sub ?? null,
    };
    const result = await changedAs(actor, (tx) => tx`insert into storage.objects ${tx(row)}`);
    expectWrite(result, bucketCase.insert.expect[actor]);
  });

  it.each(actors)("overwrite (update) as %s", async (actor) => {
    const name = bucketCase.update.name(fixtures);
    const result = await changedAs(
      actor,
      (tx) => tx`update storage.objects set metadata = ${tx.json({ size: 1 })}
        where bucket_id = ${bucket} and name = ${name}`,
    );
    expectWrite(result, bucketCase.update.expect[actor]);
  });

  it.each(actors)("remove (delete) as %s", async (actor) => {
    const name = bucketCase.delete.name(fixtures);
    const result = await changedAs(
      actor,
      (tx) => tx`delete from storage.objects where bucket_id = ${bucket} and name = ${name}`,
    );
    expectWrite(result, bucketCase.delete.expect[actor]);
  });
});

// ==== BEGIN audit log + email outbox (drizzle/0017_audit_outbox_views) ====
describe.each(viewMatrix)("RLS through the view $view", (viewCase) => {
  it.each(actors)("select as %s", async (actor) => {
    const expected: SeeOutcome = viewCase.select[actor];
    const view = `public.${viewCase.view}`;
    const result = await countedAs(actor, (tx) => tx`select count(*)::int as n from ${tx(view)}`);
    const all = await ownerCount(view);
    expectSeen(result, expected, all);
    if (expected === "all") {
      expect(all).toBeGreaterThan(0);
    }
  });
});

describe.each([...rpcMatrix, ...invitationRpcMatrix])("calling rpc $name", (rpcCase) => {
  let failedId = "";

  beforeAll(async () => {
    const [row] = await owner`
      insert into public.notifications
        (recipient_email, template_key, idempotency_key, status, last_error)
      values ('matrix@example.test', 'request.approved', ${`matrix-rpc:${rpcCase.name}`}, 'failed', 'x')
      returning id`;
    failedId = String(row?.id);
  });

  it.each(actors)("as %s", async (actor) => {
    const args = rpcCase.args(failedId, fixtures);
    const result = await asCaller(api, callerOf(actor), async (tx) => {
      const names = Object.keys(args);
      const values = names.map((name) => {
        const value = args[name];
        return typeof value === "object" && value !== null
          ? tx.json(value as postgres.JSONValue)
          : String(value);
      });
      const call = names.map((name, index) => `${name} => $${index + 1}`).join(", ");
      // The function and argument names come from the case table, never from input.
      return (await tx.unsafe(`select public.${rpcCase.name}(${call})`, values)).count;
    });
    if (rpcCase.expect[actor] === "denied") {
      expect(result.ok ? "ran" : result.error.code).toBe("42501");
      return;
    }
    expect(result.ok ? result.value : `${result.error.code} ${result.error.message}`).toBe(1);
  });
});
// ==== END audit log + email outbox ====

// ==== BEGIN analytics (drizzle/0021_analytics) ====
describe.each(analyticsRpcMatrix)("calling analytics rpc $name", (rpcCase) => {
  it.each(actors)("as %s", async (actor) => {
    const names = Object.keys(rpcCase.args);
    const values = names.map((name) => String(rpcCase.args[name]));
    const call = names.map((name, index) => `${name} => $${index + 1}`).join(", ");
    const result = await asCaller(api, callerOf(actor), async (tx) => {
      // The function and argument names come from the case table, never from input.
      const [row] = await tx.unsafe(
        `select count(*)::int as n from public.${rpcCase.name}(${call})`,
        values,
      );
      return Number(row?.n);
    });
    if (rpcCase.expect[actor] === "denied") {
      expect(result.ok ? "ran" : result.error.code).toBe("42501");
      return;
    }
    expect(
      result.ok ? result.value : `${result.error.code} ${result.error.message}`,
    ).toBeGreaterThan(0);
  });
});
// ==== END analytics ====
