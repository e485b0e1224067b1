// Every way Supabase makes an account gives a consistent profile: bare accounts (admin createUser,
// invitations, magic links that create users) become clients with no company and no sign-up
// request, the portal's sign-up keeps its request, and metadata the trigger cannot use is a 422
// naming the field. An admin then gives a bare account its role and company through REST.
import { describe, expect, it } from "vitest";
import {
  authStackForFile,
  portalSignUp,
  portalSignupData,
  uniqueEmail,
} from "./support/auth-stack";
import { enrollAndVerify } from "./support/mfa";

const auth = authStackForFile();

/** What the database holds for an address: its profile and how many sign-up requests. */
async function accountOf(email: string) {
  const [row] = await auth.sql<{ role: string; company_id: string | null; requests: number }[]>`
    select p.role::text as role, p.company_id,
      (select count(*)::int from public.signup_requests r where r.profile_id = p.id) as requests
    from auth.users u join public.profiles p on p.id = u.id
    where u.email = ${email}`;
  return row;
}

async function usersNamed(email: string): Promise<number> {
  const [row] = await auth.sql<{ n: number }[]>`
    select count(*)::int as n from auth.users where email = ${email}`;
  return row?.n ?? -1;
}

const bareClient = { role: "client", company_id: null, requests: 0 };

describe("bare accounts", () => {
  it("admin.createUser with only email and password makes a client with no request", async () => {
    const email = uniqueEmail("studio");
    const { data, error } = await auth
      .admin()
      .auth.admin.createUser({ email, password: "correct horse" });
    expect(error).toBeNull();
    expect(data.user?.email).toBe(email);
    expect(await accountOf(email)).toEqual(bareClient);
  });

  it("admin.createUser with email_confirm gives a client who can sign in and read their profile", async () => {
    const email = uniqueEmail("confirmed");
    const created = await auth
      .admin()
      .auth.admin.createUser({ email, password: "correct horse", email_confirm: true });
    expect(created.error).toBeNull();
    expect(await accountOf(email)).toEqual(bareClient);

    const client = auth.client();
    const signIn = await client.auth.signInWithPassword({ email, password: "correct horse" });
    expect(signIn.error).toBeNull();
    const profile = await client.from("profiles").select("email, role, company_id, full_name");
    expect(profile.data).toEqual([{ email, role: "client", company_id: null, full_name: null }]);
    const requests = await client.from("signup_requests").select("id");
    expect(requests.data).toEqual([]);
  });

  it("inviteUserByEmail makes a client with no request", async () => {
    const email = uniqueEmail("invited");
    const { data, error } = await auth.admin().auth.admin.inviteUserByEmail(email);
    expect(error).toBeNull();
    expect(data.user?.invited_at).toBeTruthy();
    expect(await accountOf(email)).toEqual(bareClient);
  });

  it("signInWithOtp with shouldCreateUser makes a client with no request", async () => {
    const email = uniqueEmail("magic");
    const { error } = await auth
      .client()
      .auth.signInWithOtp({ email, options: { shouldCreateUser: true } });
    expect(error).toBeNull();
    expect(await accountOf(email)).toEqual(bareClient);
  });

  it("ignores a role in user_metadata, which the person can write themselves", async () => {
    const email = uniqueEmail("self-made-admin");
    const { error } = await auth.client().auth.signUp({
      email,
      password: "correct horse",
      options: { data: { role: "admin", atrium_role: "superuser", full_name: "Mallory" } },
    });
    expect(error).toBeNull();
    expect(await accountOf(email)).toEqual(bareClient);
  });
});

describe("the portal's sign-up", () => {
  it("still makes a client with a pending request", async () => {
    const email = uniqueEmail("portal");
    const { error } = await portalSignUp(auth.client(), email, { fullName: "Grace Hopper" });
    expect(error).toBeNull();
    expect(await accountOf(email)).toEqual({ role: "client", company_id: null, requests: 1 });
    const [request] = await auth.sql`
      select status, full_name, company_name from public.signup_requests where email = ${email}`;
    expect(request).toEqual({
      status: "pending",
      full_name: "Grace Hopper",
      company_name: "Analytical Engines Ltd",
    });
  });
});

describe("metadata the trigger cannot use", () => {
  it.each([
    [
      "a company name that is a number",
      { ...portalSignupData(), company_name: 42 },
      "company_name must be a string",
    ],
    ["a name that is an object", { full_name: { first: "Ada" } }, "full_name must be a string"],
    [
      "a sign-up without a company",
      { full_name: "Ada", details: { message: "hi" } },
      "Sign-up needs company_name",
    ],
  ])("refuses %s with 422 validation_failed naming the field", async (_case, metadata, message) => {
    const email = uniqueEmail("malformed");
    const { data, error } = await auth
      .admin()
      .auth.admin.createUser({ email, password: "correct horse", user_metadata: metadata });
    expect(data.user).toBeNull();
    expect({ status: error?.status, code: error?.code, message: error?.message }).toEqual({
      status: 422,
      code: "validation_failed",
      message,
    });
    expect(await usersNamed(email)).toBe(0);
  });

  it("refuses the same through the public sign-up, before any email is sent", async () => {
    const email = uniqueEmail("malformed-signup");
    const { error } = await auth.client().auth.signUp({
      email,
      password: "correct horse",
      options: { data: { ...portalSignupData(), company_name: ["Two", "Names"] } },
    });
    expect({ status: error?.status, code: error?.code, message: error?.message }).toEqual({
      status: 422,
      code: "validation_failed",
      message: "company_name must be a string",
    });
    expect(await usersNamed(email)).toBe(0);
    expect(auth.hook.callsFor(email)).toHaveLength(0);
  });

  it("refuses an unknown staff role or a company id that is not a uuid in app_metadata", async () => {
    const admin = auth.admin().auth.admin;
    const role = await admin.createUser({
      email: uniqueEmail("odd-role"),
      password: "correct horse",
      app_metadata: { atrium_role: "owner" },
    });
    expect(role.error?.status).toBe(422);
    expect(role.error?.message).toBe("atrium_role must be client, team or admin, not owner");
    const company = await admin.createUser({
      email: uniqueEmail("odd-company"),
      password: "correct horse",
      app_metadata: { atrium_role: "client", company_id: "acme" },
    });
    expect(company.error?.status).toBe(422);
    expect(company.error?.message).toBe("company_id must be a uuid");
  });

  it("keeps GoTrue's 500 'Database error saving new user' for a trigger failure that is no refusal", async () => {
    await auth.sql.unsafe(`
      create function private.test_explode() returns trigger language plpgsql as $$
      begin raise exception 'disk on fire'; end; $$;
      create trigger test_explode before insert on auth.users for each row
        when (new.email like 'explode-%') execute function private.test_explode();`);
    const email = uniqueEmail("explode");
    const { error } = await auth
      .admin()
      .auth.admin.createUser({ email, password: "correct horse" });
    // auth-js turns any 5xx into an AuthRetryableFetchError, which carries no code.
    expect({ status: error?.status, message: error?.message }).toEqual({
      status: 500,
      message: "Database error saving new user",
    });
    expect(await usersNamed(email)).toBe(0);
  });
});

describe("the admin's role assignment afterwards", () => {
  it("lets an admin make a bare client team, and refuses the same from a team member", async () => {
    const admin = auth.admin();
    const bare = await admin.auth.admin.createUser({
      email: uniqueEmail("to-promote"),
      password: "correct horse",
      email_confirm: true,
    });
    const bareId = bare.data.user?.id ?? "";
    const signInAs = async (role: "team" | "admin") => {
      const email = uniqueEmail(role);
      await admin.auth.admin.createUser({
        email,
        password: "correct horse",
        email_confirm: true,
        app_metadata: { atrium_role: role },
      });
      const client = auth.client();
      const signIn = await client.auth.signInWithPassword({ email, password: "correct horse" });
      expect(signIn.error).toBeNull();
      // Staff rights need a second factor (aal2): the new member adds one, as the admin asks.
      await enrollAndVerify(client, "Phone");
      return client;
    };

    const team = await signInAs("team");
    const refused = await team.from("profiles").update({ role: "team" }).eq("id", bareId);
    expect(refused.error?.code).toBe("42501");
    expect(refused.error?.message).toBe("Only an admin can change a role");

    const company = await admin.from("companies").insert({ name: "Promoted Ltd" }).select("id");
    expect(company.error).toBeNull();
    const companyId = company.data?.[0]?.id;
    const promoted = await (await signInAs("admin"))
      .from("profiles")
      .update({ role: "team", company_id: companyId })
      .eq("id", bareId)
      .select("role, company_id");
    expect(promoted.error).toBeNull();
    expect(promoted.data).toEqual([{ role: "team", company_id: companyId }]);
  });
});
