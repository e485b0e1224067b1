// The sign-up trigger on auth.users, driven with the writes GoTrue makes.
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import {
  confirmAuthUser,
  createAuthUser,
  type NewAuthUser,
} from "../../../supabase/seed/auth-users";
import { databaseForFile } from "../../support/database";

const db = databaseForFile();

const portalData = {
  full_name: "Pat Prospect",
  company_name: "Prospect Labs",
  details: { project_type: "website", budget: "10-25k", message: "We need a shop" },
  source: "landing-page",
  utm: { utm_source: "newsletter", utm_campaign: "autumn" },
  locale: "fr",
};

/** Signs `email` up as GoTrue writes it, with the metadata and confirmation in `fields`. */
const signUp = (email: string, fields: Omit<NewAuthUser, "email" | "password"> = {}) =>
  createAuthUser(db.owner, { email, password: "long-enough", ...fields });

async function countFor(email: string) {
  const [row] = await db.owner`
    select (select count(*)::int from auth.users where email = ${email}) as users,
           (select count(*)::int from public.profiles where email = ${email}) as profiles,
           (select count(*)::int from public.signup_requests where email = ${email}) as requests`;
  return row;
}

/** Signs up a fresh `prefix-…@prospect.test` with `data` as user metadata; answers what it threw. */
async function refusedSignUp(prefix: string, data: NewAuthUser["userMetadata"]) {
  const email = `${prefix}-${Math.random().toString(36).slice(2)}@prospect.test`;
  const error = await signUp(email, { userMetadata: data }).catch((caught: unknown) => caught);
  return { email, error };
}

describe("sign-up trigger", () => {
  it("turns a portal sign-up into a client profile and a pending request", async () => {
    const id = await signUp("Pat@Prospect.test", { confirmed: false, userMetadata: portalData });
    const [profile] =
      await db.owner`select email, full_name, role, locale, company_id from profiles where id = ${id}`;
    expect(profile).toEqual({
      email: "pat@prospect.test",
      full_name: "Pat Prospect",
      role: "client",
      locale: "fr",
      company_id: null,
    });
    const [request] = await db.owner`
      select status, email, full_name, company_name, details, source, utm, confirmed_at
      from signup_requests where profile_id = ${id}`;
    expect(request).toEqual({
      status: "pending",
      email: "pat@prospect.test",
      full_name: "Pat Prospect",
      company_name: "Prospect Labs",
      details: portalData.details,
      source: "landing-page",
      utm: portalData.utm,
      confirmed_at: null,
    });
  });

  it("moves the request to confirmed when the email is confirmed", async () => {
    const id = await signUp("confirm-me@prospect.test", {
      confirmed: false,
      userMetadata: portalData,
    });
    await confirmAuthUser(db.owner, id);
    const [request] =
      await db.owner`select status, confirmed_at from signup_requests where profile_id = ${id}`;
    expect(request?.status).toBe("confirmed");
    expect(request?.confirmed_at).toBeInstanceOf(Date);
  });

  it("gives staff created by the service role their role and no request", async () => {
    const id = await signUp("new.team@atrium.test", {
      userMetadata: { full_name: "Nina New" },
      appMetadata: { atrium_role: "team" },
    });
    const [profile] = await db.owner`select role from profiles where id = ${id}`;
    expect(profile?.role).toBe("team");
    expect(await countFor("new.team@atrium.test")).toEqual({ users: 1, profiles: 1, requests: 0 });
  });

  it.each([
    ["a missing company", { full_name: "No Company", source: "ad" }, "Sign-up needs company_name"],
    ["a missing name", { company_name: "Nameless Ltd" }, "Sign-up needs full_name"],
    [
      "a 10 kB name",
      { full_name: "x".repeat(10_000), company_name: "Big Name Ltd" },
      "full_name is longer than 200 characters",
    ],
    [
      "details that are not an object",
      { full_name: "Odd Details", company_name: "Odd Ltd", details: "free text" },
      "details must be a JSON object",
    ],
  ])("refuses %s with a clear error and creates nothing", async (_case, data, message) => {
    const { email, error } = await refusedSignUp("bad", data);
    expect(error).toBeInstanceOf(postgres.PostgresError);
    expect((error as postgres.PostgresError).message).toBe(message);
    // PostgREST's "PT + HTTP status" convention: the local Auth answers 422 validation_failed.
    expect((error as postgres.PostgresError).code).toBe("PT422");
    expect(await countFor(email)).toEqual({ users: 0, profiles: 0, requests: 0 });
  });

  it.each([
    ["no metadata at all", {}],
    ["only a name", { full_name: "Bare Name" }],
    ["GoTrue's identity fields", { sub: "x", email: "x@y.test", email_verified: false }],
    ["a locale that is not a string", { locale: 7 }],
  ])("makes a bare client with no request from %s", async (_case, data) => {
    const email = `bare-${Math.random().toString(36).slice(2)}@prospect.test`;
    const id = await signUp(email, { userMetadata: data });
    const [profile] =
      await db.owner`select role, company_id, locale from profiles where id = ${id}`;
    expect(profile).toEqual({ role: "client", company_id: null, locale: "en" });
    expect(await countFor(email)).toEqual({ users: 1, profiles: 1, requests: 0 });
  });

  it.each([
    [
      "a company name that is a number",
      { full_name: "N", company_name: 42 },
      "company_name must be a string",
    ],
    ["a name that is a list", { full_name: ["A", "B"] }, "full_name must be a string"],
  ])("refuses %s with PT422 naming the field", async (_case, data, message) => {
    const { email, error } = await refusedSignUp("typed", data);
    expect(error).toMatchObject({ code: "PT422", message });
    expect(await countFor(email)).toEqual({ users: 0, profiles: 0, requests: 0 });
  });

  it("refuses an unknown staff role set by the service role", async () => {
    const error = await signUp("weird@atrium.test", {
      appMetadata: { atrium_role: "superuser" },
    }).catch((caught: unknown) => caught);
    expect((error as postgres.PostgresError).message).toBe(
      "atrium_role must be client, team or admin, not superuser",
    );
    expect(await countFor("weird@atrium.test")).toEqual({ users: 0, profiles: 0, requests: 0 });
  });

  it("ignores a role smuggled into user metadata", async () => {
    const id = await signUp("sneaky@prospect.test", {
      userMetadata: { ...portalData, role: "admin", atrium_role: "admin" },
    });
    const [profile] = await db.owner`select role from profiles where id = ${id}`;
    expect(profile?.role).toBe("client");
  });

  it("mirrors an email change on the profile", async () => {
    const id = await signUp("old@prospect.test", { userMetadata: portalData });
    await db.owner.begin(async (tx) => {
      await tx`set local role supabase_auth_admin`;
      await tx`update auth.users set email = 'new@prospect.test' where id = ${id}`;
    });
    const [profile] = await db.owner`select email from profiles where id = ${id}`;
    expect(profile?.email).toBe("new@prospect.test");
  });
});
