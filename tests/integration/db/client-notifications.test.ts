// The portal's bell, database side: which event gives which person exactly one in-app
// notification (and nobody else any), and what a person may do with theirs.
import type postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { asCaller, type Caller } from "../../support/as-role";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const world = inject("demoWorld");
let db: TestDatabase;
let api: postgres.Sql;
let owner: postgres.Sql;

beforeAll(async () => {
  db = await createTestDatabase("atrium_seeded");
  api = db.api;
  owner = db.owner;
});
afterAll(() => db.drop());

const clientA: Caller = { role: "authenticated", sub: world.users.clientA };
const clientB: Caller = { role: "authenticated", sub: world.users.clientB };

/** `kind title` per person, for everything added since `since`. */
async function addedSince(since: string) {
  const rows = await owner`
    select p.email || ' ' || n.kind || ' ' || n.title as line
    from client_notifications n join profiles p on p.id = n.profile_id
    where n.created_at > ${since} order by 1`;
  return rows.map((row) => String(row.line));
}

async function now(): Promise<string> {
  const [row] = await owner`select clock_timestamp()::text as at`;
  return String(row?.at);
}

describe("what adds a notification", () => {
  it("gave the demo's clients one per update, grant and visible build, and nobody else any", async () => {
    const rows = await owner`
      select p.email || ' ' || n.kind as line
      from client_notifications n join profiles p on p.id = n.profile_id order by 1`;
    expect(rows.map((row) => String(row.line))).toEqual([
      "andy@approved.test request_decided",
      "bruno@globex.test beta_build",
      "bruno@globex.test beta_grant",
      "bruno@globex.test project_update",
      "clara@northwind.test beta_build",
      "clara@northwind.test beta_grant",
      "clara@northwind.test project_update",
      "rita@rejected.test request_decided",
    ]);
  });

  it("tells the applicant once that their request was decided", async () => {
    const since = await now();
    await owner`update signup_requests set status = 'approved' where id = ${world.requests.confirmed}`;
    expect(await addedSince(since)).toEqual([
      "connie@confirmed.test request_decided Your request was approved",
    ]);
    const [item] = await owner`
      select subject_id from client_notifications where event_key = ${`request_decided:${world.requests.confirmed}`}`;
    expect(item?.subject_id).toBe(world.requests.confirmed);
  });

  it("tells only the clients of the project's company about a client-visible update, once", async () => {
    const since = await now();
    const [update] = await owner`
      insert into project_updates (project_id, title, body, visibility)
      values (${world.projects.websiteA}, 'Launch date set', 'We go live on Monday.', 'client')
      returning id`;
    await owner`insert into project_updates (project_id, title, body, visibility)
      values (${world.projects.websiteA}, 'Internal only', 'Margins.', 'internal')`;
    await owner`update project_updates set visibility = 'internal' where id = ${update?.id}`;
    await owner`update project_updates set visibility = 'client' where id = ${update?.id}`;
    expect(await addedSince(since)).toEqual([
      "clara@northwind.test project_update Launch date set",
    ]);
    const [item] = await owner`
      select subject_id from client_notifications where event_key = ${`project_update:${update?.id}:${world.users.clientA}`}`;
    expect(item?.subject_id).toBe(world.projects.websiteA);
  });

  it("tells an update made client-visible later, once", async () => {
    const since = await now();
    const [update] = await owner`
      insert into project_updates (project_id, title, body, visibility)
      values (${world.projects.platformB}, 'Backfill done', 'All history is in.', 'internal')
      returning id`;
    expect(await addedSince(since)).toEqual([]);
    await owner`update project_updates set visibility = 'client' where id = ${update?.id}`;
    expect(await addedSince(since)).toEqual(["bruno@globex.test project_update Backfill done"]);
  });

  it("tells the grantees of a product about a build when it is published, not before", async () => {
    const since = await now();
    const [build] = await owner`
      insert into beta_builds (product_id, version) values (${world.products.mobile}, '1.1.0')
      returning id`;
    expect(await addedSince(since)).toEqual([]);
    await owner`update beta_builds set published_at = now() where id = ${build?.id}`;
    await owner`update beta_builds set release_notes = 'Fixes' where id = ${build?.id}`;
    await owner`update beta_builds set published_at = now() - interval '1 minute' where id = ${build?.id}`;
    // clientB's grant for mobile is revoked; clientA's expired labs grant is another product.
    expect(await addedSince(since)).toEqual([
      "clara@northwind.test beta_build Atrium Mobile 1.1.0 is available",
    ]);
  });

  it("tells every client of a company granted a product, and a person granted one alone", async () => {
    const since = await now();
    await owner`insert into beta_access (product_id, company_id) values (${world.products.labs}, ${world.companies.globex})`;
    await owner`insert into beta_access (product_id, profile_id, revoked_at)
      values (${world.products.insights}, ${world.users.clientA}, now())`;
    expect(await addedSince(since)).toEqual(["bruno@globex.test beta_grant You can now try Labs"]);
    await owner`insert into beta_access (product_id, profile_id) values (${world.products.insights}, ${world.users.clientA})`;
    expect(await addedSince(since)).toEqual([
      "bruno@globex.test beta_grant You can now try Labs",
      "clara@northwind.test beta_grant You can now try Insights",
    ]);
  });
});

describe("what a person may do with their notifications", () => {
  const clientAItem = async () => {
    const [row] = await owner`
      select id from client_notifications where profile_id = ${world.users.clientA} limit 1`;
    return String(row?.id);
  };

  it("reads only their own", async () => {
    const result = await asCaller(
      api,
      clientA,
      (tx) => tx`select distinct profile_id from client_notifications`,
    );
    expect(result.ok && result.value.map((row) => row.profile_id)).toEqual([world.users.clientA]);
  });

  it("marks their own read, all at once", async () => {
    const result = await asCaller(api, clientA, async (tx) => {
      await tx`update client_notifications set read_at = now() where read_at is null`;
      return tx`select count(*)::int as unread from client_notifications where read_at is null`;
    });
    expect(result.ok && result.value[0]?.unread).toBe(0);
  });

  it("cannot mark another person's read", async () => {
    const id = await clientAItem();
    const result = await asCaller(
      api,
      clientB,
      async (tx) =>
        (await tx`update client_notifications set read_at = now() where id = ${id}`).count,
    );
    expect(result.ok && result.value).toBe(0);
  });

  it("cannot rewrite one or hand it to someone else", async () => {
    const id = await clientAItem();
    for (const change of [
      { title: "Forged" },
      { profile_id: world.users.clientB },
      { subject_id: world.projects.platformB },
    ]) {
      const result = await asCaller(
        api,
        clientA,
        (tx) => tx`update client_notifications set ${tx(change)} where id = ${id}`,
      );
      expect(result.ok ? "changed" : result.error.code).toBe("42501");
    }
  });

  it("cannot add one or delete one", async () => {
    const id = await clientAItem();
    const insert = await asCaller(
      api,
      clientA,
      (tx) => tx`insert into client_notifications (profile_id, kind, title, subject_id, event_key)
        values (${world.users.clientA}, 'beta_grant', 'Free beta', ${world.products.labs}, 'x')`,
    );
    expect(insert.ok ? "inserted" : insert.error.code).toBe("42501");
    const remove = await asCaller(
      api,
      clientA,
      (tx) => tx`delete from client_notifications where id = ${id}`,
    );
    expect(remove.ok ? "deleted" : remove.error.code).toBe("42501");
  });

  it("changes their own name and language but never their role", async () => {
    const own = await asCaller(
      api,
      clientA,
      async (tx) =>
        (
          await tx`update profiles set full_name = 'Clara N.', locale = 'fr' where id = ${world.users.clientA}`
        ).count,
    );
    expect(own.ok && own.value).toBe(1);
    const role = await asCaller(
      api,
      clientA,
      (tx) => tx`update profiles set role = 'admin' where id = ${world.users.clientA}`,
    );
    expect(role.ok ? "changed" : role.error.code).toBe("42501");
    const other = await asCaller(
      api,
      clientA,
      async (tx) =>
        (await tx`update profiles set full_name = 'X' where id = ${world.users.clientB}`).count,
    );
    expect(other.ok && other.value).toBe(0);
  });
});
