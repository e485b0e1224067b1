// The admin API through auth-js's `auth.admin`: refused without the service-role key, user CRUD
// with GoTrue's paging headers, invitations through the hook, and generate_link for tests.
import { describe, expect, it } from "vitest";
import { authStackForFile, SITE_URL, uniqueEmail } from "./support/auth-stack";

const auth = authStackForFile();

const staff = (role: "client" | "team" | "admin" = "team") => ({
  email: uniqueEmail(role),
  password: "correct horse",
  email_confirm: true,
  user_metadata: { full_name: "Staff Member" },
  app_metadata: { atrium_role: role },
});

describe("admin access", () => {
  it("refuses the anon key and user tokens with 403 not_admin, and no token with 401", async () => {
    const anon = await auth.fetchAuth("/admin/users", {
      headers: { Authorization: `Bearer ${auth.stack.keys.anonKey}` },
    });
    expect(anon.status).toBe(403);
    expect(await anon.json()).toEqual({ code: "not_admin", message: "User not allowed" });

    const { data } = await auth.admin().auth.admin.createUser(staff("client"));
    const client = auth.client();
    const signIn = await client.auth.signInWithPassword({
      email: data.user?.email ?? "",
      password: "correct horse",
    });
    const asUser = await auth.fetchAuth("/admin/generate_link", {
      method: "POST",
      headers: { Authorization: `Bearer ${signIn.data.session?.access_token}` },
      body: JSON.stringify({ type: "magiclink", email: data.user?.email }),
    });
    expect(asUser.status).toBe(403);

    const none = await fetch(`${auth.stack.url}/auth/v1/admin/users`);
    expect(none.status).toBe(401);
  });
});

describe("admin users", () => {
  it("creates a staff user whose role the sign-up trigger puts on the profile", async () => {
    const attributes = staff("admin");
    const { data, error } = await auth.admin().auth.admin.createUser(attributes);
    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      email: attributes.email,
      app_metadata: { provider: "email", providers: ["email"], atrium_role: "admin" },
      user_metadata: { full_name: "Staff Member" },
    });
    expect(data.user?.email_confirmed_at).toBeTruthy();
    const [profile] =
      await auth.sql`select role from public.profiles where id = ${data.user?.id ?? ""}`;
    expect(profile?.role).toBe("admin");
    const requests =
      await auth.sql`select 1 from public.signup_requests where profile_id = ${data.user?.id ?? ""}`;
    expect(requests).toHaveLength(0);

    const again = await auth.admin().auth.admin.createUser(attributes);
    expect(again.error?.status).toBe(422);
    expect(again.error?.code).toBe("email_exists");
  });

  it("lists with X-Total-Count and Link headers that auth-js turns into pages", async () => {
    for (let i = 0; i < 3; i++) {
      await auth.admin().auth.admin.createUser(staff());
    }
    const [count] = await auth.sql`select count(*)::int as n from auth.users`;
    const total = count?.n ?? 0;
    const { data, error } = await auth.admin().auth.admin.listUsers({ page: 1, perPage: 2 });
    expect(error).toBeNull();
    expect(data.users).toHaveLength(2);
    expect(data).toMatchObject({ total, nextPage: 2, lastPage: Math.ceil(total / 2) });

    const raw = await auth.fetchAuth("/admin/users?page=1&per_page=2", {
      headers: { Authorization: `Bearer ${auth.stack.keys.serviceRoleKey}` },
    });
    expect(raw.headers.get("x-total-count")).toBe(String(total));
    expect(raw.headers.get("link")).toBe(
      `</admin/users?page=2&per_page=2>; rel="next", </admin/users?page=${Math.ceil(total / 2)}&per_page=2>; rel="last"`,
    );
    expect(await raw.json()).toMatchObject({ aud: "authenticated" });
  });

  it("gets, updates (merging metadata, banning) and deletes a user", async () => {
    const admin = auth.admin().auth.admin;
    const { data } = await admin.createUser(staff("client"));
    const id = data.user?.id ?? "";
    expect((await admin.getUserById(id)).data.user?.id).toBe(id);

    const updated = await admin.updateUserById(id, {
      app_metadata: { company_id: null, plan: "gold" },
      user_metadata: { nickname: "ace" },
      ban_duration: "24h",
    });
    expect(updated.error).toBeNull();
    expect(updated.data.user?.app_metadata).toMatchObject({ atrium_role: "client", plan: "gold" });
    expect(updated.data.user?.user_metadata).toMatchObject({
      full_name: "Staff Member",
      nickname: "ace",
    });
    expect(updated.data.user?.banned_until).toBeTruthy();
    const banned = await auth.client().auth.signInWithPassword({
      email: data.user?.email ?? "",
      password: "correct horse",
    });
    expect(banned.error?.code).toBe("user_banned");

    expect((await admin.deleteUser(id)).error).toBeNull();
    const missing = await admin.getUserById(id);
    expect(missing.error?.status).toBe(404);
    expect(missing.error?.code).toBe("user_not_found");
  });
});

describe("invitations and links", () => {
  it("invites through the hook; the invite link confirms the user", async () => {
    const email = uniqueEmail("invitee");
    const { data, error } = await auth.admin().auth.admin.inviteUserByEmail(email, {
      data: { full_name: "Invited Client", company_name: "Invitees Inc" },
      redirectTo: `${SITE_URL}/set-password`,
    });
    expect(error).toBeNull();
    expect(data.user?.invited_at).toBeTruthy();
    const call = auth.hook.last(email, "invite");
    expect(call.signatureValid).toBe(true);
    expect(call.email_data.redirect_to).toBe(`${SITE_URL}/set-password`);
    const verified = await auth.client().auth.verifyOtp({
      token_hash: call.email_data.token_hash,
      type: "invite",
    });
    expect(verified.data.user?.email_confirmed_at).toBeTruthy();
  });

  it("generate_link hands tests a working link and code without mailing", async () => {
    const { data: created } = await auth.admin().auth.admin.createUser(staff("team"));
    const email = created.user?.email ?? "";
    const { data, error } = await auth.admin().auth.admin.generateLink({
      type: "magiclink",
      email,
      options: { redirectTo: `${SITE_URL}/after` },
    });
    expect(error).toBeNull();
    expect(data.properties).toMatchObject({
      email_otp: expect.stringMatching(/^\d{6}$/),
      hashed_token: expect.stringMatching(/^[0-9a-f]{56}$/),
      verification_type: "magiclink",
      redirect_to: `${SITE_URL}/after`,
    });
    expect(data.properties?.action_link).toBe(
      `${auth.stack.url}/auth/v1/verify?token=${data.properties?.hashed_token}&type=magiclink&redirect_to=${encodeURIComponent(`${SITE_URL}/after`)}`,
    );
    expect(data.user?.id).toBe(created.user?.id);
    expect(auth.hook.callsFor(email)).toHaveLength(0);

    const response = await fetch(data.properties?.action_link ?? "", { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("#access_token=");

    const unknown = await auth.admin().auth.admin.generateLink({
      type: "recovery",
      email: uniqueEmail("nobody"),
    });
    expect(unknown.error?.status).toBe(404);
  });
});

describe("service endpoints", () => {
  it("serves settings, health and an empty JWKS", async () => {
    const settings = await (await auth.fetchAuth("/settings")).json();
    expect(settings).toMatchObject({
      external: { email: true, phone: false },
      disable_signup: false,
      mailer_autoconfirm: false,
    });
    expect(await (await auth.fetchAuth("/health")).json()).toMatchObject({ name: "GoTrue" });
    expect(await (await auth.fetchAuth("/.well-known/jwks.json")).json()).toEqual({ keys: [] });
  });
});
