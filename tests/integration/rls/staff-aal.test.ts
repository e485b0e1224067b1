// Staff work needs a second factor, over the raw API: the demo team member signed in with the
// password alone (aal1) reads no client contacts and changes nothing; the same session, once
// `auth.mfa.challengeAndVerify` raised it to aal2, does both. Clients are unaffected.
import type { SupabaseClient } from "@supabase/supabase-js";
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestStack, type TestStack } from "../../support/stack";
import { demoStaffLogin, nextTotpCode } from "../../support/staff-session";
import { nodeClient } from "../../support/supabase-client";

const world = inject("demoWorld");
let stack: TestStack;
let team: SupabaseClient;
const login = demoStaffLogin("team");

/** The team member moves a client project's progress to 77, reading back what changed. */
const moveProgress = () =>
  team
    .from("projects")
    .update({ progress: 77 })
    .eq("id", world.projects.platformB)
    .select("progress");

async function aalOf(client: SupabaseClient): Promise<unknown> {
  const { data } = await client.auth.getSession();
  return decodeJwt(data.session?.access_token ?? "").aal;
}

beforeAll(async () => {
  stack = await startTestStack({ template: "atrium_seeded" });
  team = nodeClient(stack.url, stack.keys.anonKey);
  const { error } = await team.auth.signInWithPassword({
    email: login.email,
    password: login.password,
  });
  expect(error).toBeNull();
});
afterAll(() => stack.stop());

describe("a team member at aal1 (password only)", () => {
  it("holds an aal1 token", async () => {
    expect(await aalOf(team)).toBe("aal1");
  });

  it("reads no client contacts, projects or requests of others, only their own profile", async () => {
    const [contacts, projects, requests, profiles] = await Promise.all([
      team.from("contacts").select("id"),
      team.from("projects").select("id"),
      team.from("signup_requests").select("id"),
      team.from("profiles").select("id"),
    ]);
    expect([contacts.error, contacts.data]).toEqual([null, []]);
    expect([projects.error, projects.data]).toEqual([null, []]);
    expect([requests.error, requests.data]).toEqual([null, []]);
    expect(profiles.data).toEqual([{ id: world.users.team }]);
  });

  it("changes nothing: updates match no row, inserts are refused", async () => {
    const update = await moveProgress();
    expect([update.status, update.data]).toEqual([200, []]);
    const review = await team
      .from("signup_requests")
      .update({ status: "approved" })
      .eq("id", world.requests.confirmed)
      .select("id");
    expect([review.status, review.data]).toEqual([200, []]);
    const insert = await team.from("companies").insert({ name: "Sneaky Co" }).select("id");
    expect([insert.status, insert.error?.code]).toEqual([403, "42501"]);
    const upload = await team.storage
      .from("public-media")
      .upload("aal1.png", new Blob(["png"], { type: "image/png" }));
    expect(upload.error).not.toBeNull();
    const [row] = await stack.db.owner`
      select progress from projects where id = ${world.projects.platformB}`;
    expect(row?.progress).not.toBe(77);
  });
});

describe("the same team member at aal2 (after their authenticator's code)", () => {
  beforeAll(async () => {
    const factors = await team.auth.mfa.listFactors();
    const factor = factors.data?.totp.find((candidate) => candidate.status === "verified");
    expect(factor).toBeDefined();
    const { error } = await team.auth.mfa.challengeAndVerify({
      factorId: factor?.id ?? "",
      code: await nextTotpCode(`${stack.url}|${login.email}`, login.totpSecret),
    });
    expect(error).toBeNull();
  });

  it("holds an aal2 token", async () => {
    expect(await aalOf(team)).toBe("aal2");
  });

  it("reads the client contacts", async () => {
    const contacts = await team.from("contacts").select("id");
    const [all] = await stack.db.owner`select count(*)::int as n from contacts`;
    expect(contacts.error).toBeNull();
    expect(contacts.data?.length).toBe(all?.n);
    expect(contacts.data?.length).toBeGreaterThan(0);
  });

  it("updates a project and inserts a company", async () => {
    const update = await moveProgress();
    expect([update.status, update.data]).toEqual([200, [{ progress: 77 }]]);
    const insert = await team.from("companies").insert({ name: "Honest Co" }).select("name");
    expect([insert.status, insert.data]).toEqual([201, [{ name: "Honest Co" }]]);
  });

  it("keeps aal2 across a refresh", async () => {
    const { error } = await team.auth.refreshSession();
    expect(error).toBeNull();
    expect(await aalOf(team)).toBe("aal2");
    const contacts = await team.from("contacts").select("id");
    expect(contacts.data?.length).toBeGreaterThan(0);
  });
});
