// Bulk decisions on sign-up requests and bulk revoking of beta grants, through supabase-js as the
// admin calls them: one call, every row or none, and one outbox email per decided request, queued
// by the same trigger a single approval fires.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { rpcGrants } from "../../../db/grants";
import { startTestStack, type TestStack } from "../../support/stack";
import { bulkAs, clientAs, confirmedRequests } from "./bulk-support";

const world = inject("demoWorld");
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ template: "atrium_seeded" });
});
afterAll(() => stack.stop());

const statusesOf = async (ids: string[]) =>
  (
    await stack.db.owner<{ status: string }[]>`
      select status from public.signup_requests where id = any(${ids}::uuid[]) order by id`
  ).map((row) => row.status);

const emailsAbout = async (ids: string[], template: string) =>
  (
    await stack.db.owner<{ n: number }[]>`
      select count(*)::int as n from public.notifications
      where template_key = ${template} and data ->> 'request_id' = any(${ids}::text[])`
  )[0]?.n;

describe("bulk_decide_signup_requests", () => {
  it("approves every selected request and queues one welcome email each", async () => {
    const ids = await confirmedRequests(stack, 3, "Approve");
    expect(
      await bulkAs(stack, world.users.team, "bulk_decide_signup_requests", {
        ids,
        decision: "approve",
      }),
    ).toBe(3);
    expect(await statusesOf(ids)).toEqual(["approved", "approved", "approved"]);
    expect(await emailsAbout(ids, "request.approved")).toBe(3);
    const reviewers = await stack.db.owner`
      select distinct reviewed_by from public.signup_requests where id = any(${ids}::uuid[])`;
    expect(reviewers.map((row) => row.reviewed_by)).toEqual([world.users.team]);
  });

  it("rejects with the reason each email carries", async () => {
    const ids = await confirmedRequests(stack, 2, "Reject");
    expect(
      await bulkAs(stack, world.users.admin, "bulk_decide_signup_requests", {
        ids,
        decision: "reject",
        reason: "  Not a fit for us  ",
      }),
    ).toBe(2);
    const rows = await stack.db.owner`
      select distinct n.data ->> 'reason' as reason from public.notifications n
      where n.template_key = 'request.rejected' and n.data ->> 'request_id' = any(${ids}::text[])`;
    expect(rows.map((row) => row.reason)).toEqual(["Not a fit for us"]);
    expect(await emailsAbout(ids, "request.rejected")).toBe(2);
  });

  it("changes nothing and sends nothing when one request is already decided", async () => {
    const ids = await confirmedRequests(stack, 2, "Mixed");
    const team = await clientAs(stack, world.users.team);
    const { error } = await team.rpc("bulk_decide_signup_requests", {
      ids: [...ids, world.requests.approved],
      decision: "approve",
    });
    expect({ code: error?.code, message: error?.message }).toEqual({
      code: "23514",
      message:
        "1 of the 3 selected requests cannot be approved (already decided or email not confirmed); nothing was changed",
    });
    expect(await statusesOf(ids)).toEqual(["confirmed", "confirmed"]);
    expect(await emailsAbout(ids, "request.approved")).toBe(0);
  });

  it("changes nothing when one id is unknown", async () => {
    const ids = await confirmedRequests(stack, 2, "Unknown");
    const team = await clientAs(stack, world.users.team);
    const { error } = await team.rpc("bulk_decide_signup_requests", {
      ids: [...ids, "00000000-0000-4000-8000-000000000000"],
      decision: "reject",
    });
    expect(error?.message).toBe(
      "1 of the 3 selected requests no longer exist; nothing was changed",
    );
    expect(await statusesOf(ids)).toEqual(["confirmed", "confirmed"]);
  });

  it("refuses an unknown decision and a client", async () => {
    const ids = await confirmedRequests(stack, 1, "Refused");
    const team = await clientAs(stack, world.users.team);
    const odd = await team.rpc("bulk_decide_signup_requests", { ids, decision: "maybe" });
    expect({ code: odd.error?.code, status: odd.status }).toEqual({ code: "22023", status: 400 });
    const client = await clientAs(stack, world.users.clientA, false);
    const denied = await client.rpc("bulk_decide_signup_requests", { ids, decision: "approve" });
    expect(denied.error?.code).toBe("42501");
    expect(await statusesOf(ids)).toEqual(["confirmed"]);
  });
});

describe("bulk_revoke_beta_access", () => {
  const revokedCount = async (ids: string[]) =>
    (
      await stack.db.owner<{ n: number }[]>`
        select count(*)::int as n from public.beta_access
        where id = any(${ids}::uuid[]) and revoked_at is not null`
    )[0]?.n;

  it("revokes nothing when one grant is unknown, then all of them", async () => {
    const ids = world.grants.slice(0, 2);
    const admin = await clientAs(stack, world.users.admin);
    const partial = await admin.rpc("bulk_revoke_beta_access", {
      ids: [...ids, "00000000-0000-4000-8000-000000000000"],
    });
    expect(partial.error?.message).toBe(
      "1 of the 3 selected grants no longer exist; nothing was revoked",
    );
    expect(await revokedCount(ids)).toBe(0);
    const team = await clientAs(stack, world.users.team);
    expect((await team.rpc("bulk_revoke_beta_access", { ids })).error?.code).toBe("42501");
    const { data, error } = await admin.rpc("bulk_revoke_beta_access", { ids });
    expect(error).toBeNull();
    expect(data).toBe(2);
    expect(await revokedCount(ids)).toBe(2);
  });
});

describe("EXECUTE on the bulk RPCs", () => {
  it("is exactly what db/grants.ts rpcGrants says", async () => {
    const superuser = postgres(stack.db.superuserUrl, { max: 1, onnotice: () => {} });
    try {
      for (const [signature, roles] of Object.entries(rpcGrants)) {
        const [row] = await superuser`
          select has_function_privilege('anon', ${`public.${signature}`}, 'execute') as anon,
                 has_function_privilege('authenticated', ${`public.${signature}`}, 'execute') as authenticated,
                 has_function_privilege('service_role', ${`public.${signature}`}, 'execute') as service_role`;
        expect({ signature, ...row }).toEqual({
          signature,
          anon: roles.includes("anon"),
          authenticated: roles.includes("authenticated"),
          service_role: roles.includes("service_role"),
        });
      }
    } finally {
      await superuser.end();
    }
  });
});
