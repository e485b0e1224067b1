// Sessions through auth-js: password sign-in, the access token's claims, refresh rotation with the
// reuse interval and family revocation, GET/PUT /user, logout scopes, and bad tokens refused.
import { decodeJwt, decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { signJwt } from "../../../supabase/local/keys";
import { TEST_JWT_SECRET } from "../../support/stack";
import { confirmedAccount } from "./support/accounts";
import { authStackForFile, uniqueEmail } from "./support/auth-stack";

const REUSE_INTERVAL_SECONDS = 1;

const auth = authStackForFile({
  GOTRUE_SECURITY_REFRESH_TOKEN_REUSE_INTERVAL: String(REUSE_INTERVAL_SECONDS),
});

/** A confirmed client account made through the admin API, as staff would. */
const createAccount = (password?: string) =>
  confirmedAccount(auth, { label: "session", password, fullName: "Session Tester" });

async function signIn(email: string, password = "correct horse") {
  const client = auth.client();
  const { data, error } = await client.auth.signInWithPassword({ email, password });
  expect(error).toBeNull();
  if (!data.session) {
    throw new Error("no session");
  }
  return { client, session: data.session };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("password sign-in", () => {
  it("returns GoTrue's session with an access token carrying GoTrue's claims", async () => {
    const { id, email } = await createAccount();
    const before = Math.floor(Date.now() / 1000);
    const { session } = await signIn(email);
    expect(session).toMatchObject({ token_type: "bearer", expires_in: 3600 });
    expect(session.expires_at).toBeGreaterThanOrEqual(before + 3600);
    expect(session.user).toMatchObject({ id, email, role: "authenticated" });
    expect(session.user.last_sign_in_at).toBeTruthy();

    expect(decodeProtectedHeader(session.access_token)).toEqual({ alg: "HS256", typ: "JWT" });
    const claims = decodeJwt(session.access_token);
    expect(Object.keys(claims)).toEqual([
      "iss",
      "sub",
      "aud",
      "exp",
      "iat",
      "email",
      "phone",
      "app_metadata",
      "user_metadata",
      "role",
      "aal",
      "amr",
      "session_id",
      "is_anonymous",
    ]);
    expect(claims).toMatchObject({
      iss: `${auth.stack.url}/auth/v1`,
      sub: id,
      aud: "authenticated",
      email,
      phone: "",
      role: "authenticated",
      aal: "aal1",
      app_metadata: { provider: "email", providers: ["email"], atrium_role: "client" },
      is_anonymous: false,
    });
    expect(claims.exp).toBe(session.expires_at);
    expect(claims.amr).toEqual([{ method: "password", timestamp: expect.any(Number) }]);
    const [row] =
      await auth.sql`select user_id, aal from auth.sessions where id = ${String(claims.session_id)}`;
    expect(row).toMatchObject({ user_id: id, aal: "aal1" });
  });

  it("answers a wrong password and an unknown address with the same invalid_credentials", async () => {
    const { email } = await createAccount();
    const wrong = await auth.client().auth.signInWithPassword({ email, password: "wrong horse" });
    const unknown = await auth.client().auth.signInWithPassword({
      email: uniqueEmail("nobody"),
      password: "wrong horse",
    });
    for (const { error } of [wrong, unknown]) {
      expect(error?.status).toBe(400);
      expect(error?.code).toBe("invalid_credentials");
      expect(error?.message).toBe("Invalid login credentials");
    }
  });
});

describe("refresh rotation", () => {
  it("issues a new refresh token that works, and revokes the old one", async () => {
    const { email } = await createAccount();
    const { client, session } = await signIn(email);
    const { data, error } = await client.auth.refreshSession();
    expect(error).toBeNull();
    const next = data.session;
    expect(next?.refresh_token).not.toBe(session.refresh_token);
    expect(decodeJwt(next?.access_token ?? "").session_id).toBe(
      decodeJwt(session.access_token).session_id,
    );
    const [old] = await auth.sql`
      select revoked from auth.refresh_tokens where token = ${session.refresh_token}`;
    expect(old?.revoked).toBe(true);
    const [child] = await auth.sql`
      select parent, revoked from auth.refresh_tokens where token = ${next?.refresh_token ?? ""}`;
    expect(child).toMatchObject({ parent: session.refresh_token, revoked: false });
    const third = await auth
      .client()
      .auth.refreshSession({ refresh_token: next?.refresh_token ?? "" });
    expect(third.error).toBeNull();
  });

  it("returns the same child when the old token is replayed within the reuse interval", async () => {
    const { email } = await createAccount();
    const { session } = await signIn(email);
    const first = await auth.client().auth.refreshSession({ refresh_token: session.refresh_token });
    const replay = await auth
      .client()
      .auth.refreshSession({ refresh_token: session.refresh_token });
    expect(replay.error).toBeNull();
    expect(replay.data.session?.refresh_token).toBe(first.data.session?.refresh_token);
  });

  it("revokes the whole family when an old token is replayed after the interval", async () => {
    const { email } = await createAccount();
    const { session } = await signIn(email);
    const first = await auth.client().auth.refreshSession({ refresh_token: session.refresh_token });
    const child = first.data.session;
    await sleep(REUSE_INTERVAL_SECONDS * 1000 + 300);

    const replay = await auth
      .client()
      .auth.refreshSession({ refresh_token: session.refresh_token });
    expect(replay.error?.status).toBe(400);
    expect(replay.error?.code).toBe("refresh_token_already_used");

    const childRefresh = await auth.client().auth.refreshSession({
      refresh_token: child?.refresh_token ?? "",
    });
    expect(childRefresh.error?.code).toBe("refresh_token_not_found");
    const { error } = await auth.client().auth.getUser(child?.access_token);
    expect(error?.name).toBe("AuthSessionMissingError");
  });

  it("refuses an unknown refresh token with refresh_token_not_found", async () => {
    const { error } = await auth.client().auth.refreshSession({ refresh_token: "not-a-token" });
    expect(error?.status).toBe(400);
    expect(error?.code).toBe("refresh_token_not_found");
  });
});

describe("the user endpoint", () => {
  it("returns the user for its access token and updates metadata and password", async () => {
    const { id, email } = await createAccount();
    const { client } = await signIn(email);
    const got = await client.auth.getUser();
    expect(got.data.user).toMatchObject({ id, email });

    const updated = await client.auth.updateUser({ data: { theme: "dark" } });
    expect(updated.error).toBeNull();
    expect(updated.data.user?.user_metadata).toMatchObject({
      theme: "dark",
      full_name: "Session Tester",
    });

    const elsewhere = await signIn(email);
    const same = await client.auth.updateUser({ password: "correct horse" });
    expect(same.error?.code).toBe("same_password");
    const changed = await client.auth.updateUser({ password: "battery staple" });
    expect(changed.error).toBeNull();
    // GoTrue's UpdatePassword keeps the session that changed it and ends every other one.
    expect((await client.auth.getUser()).error).toBeNull();
    const other = await auth.client().auth.getUser(elsewhere.session.access_token);
    expect(other.error?.name).toBe("AuthSessionMissingError");
    const old = await auth.client().auth.signInWithPassword({ email, password: "correct horse" });
    expect(old.error?.code).toBe("invalid_credentials");
    await signIn(email, "battery staple");
  });

  it("refuses a missing, expired or tampered token the way GoTrue does", async () => {
    const { id, email } = await createAccount();
    const { session } = await signIn(email);
    const noToken = await auth.fetchAuth("/user");
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toMatchObject({ code: "no_authorization" });

    const expired = await signJwt(
      TEST_JWT_SECRET,
      {
        sub: id,
        role: "authenticated",
        aud: "authenticated",
        session_id: decodeJwt(session.access_token).session_id,
      },
      -120,
    );
    const [header, payload, signature] = session.access_token.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, role: "service_role" })).toString(
      "base64url",
    );
    const tampered = `${header}.${forged}.${signature}`;
    for (const token of [expired, tampered]) {
      const response = await auth.fetchAuth("/user", {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(403);
      expect(response.headers.get("x-sb-error-code")).toBe("bad_jwt");
      const { error } = await auth.client().auth.getUser(token);
      expect(error?.code).toBe("bad_jwt");
    }
  });
});

describe("the audit trail", () => {
  it("records sign-in, rotation and sign-out in auth.audit_log_entries as GoTrue does", async () => {
    const { id, email } = await createAccount();
    const { client } = await signIn(email);
    await client.auth.refreshSession();
    await client.auth.signOut();
    const rows = await auth.sql`
      select payload ->> 'action' as action, payload ->> 'log_type' as log_type,
        payload ->> 'actor_username' as actor
      from auth.audit_log_entries where payload ->> 'actor_id' = ${id} order by created_at`;
    expect(rows.map((row) => row.action)).toEqual([
      "login",
      "token_revoked",
      "token_refreshed",
      "logout",
    ]);
    expect(rows[0]).toMatchObject({ log_type: "account", actor: email });
  });
});

describe("logout", () => {
  it("ends only this session with scope local", async () => {
    const { email } = await createAccount();
    const one = await signIn(email);
    const two = await signIn(email);
    expect((await one.client.auth.signOut({ scope: "local" })).error).toBeNull();
    const gone = await auth.client().auth.getUser(one.session.access_token);
    expect(gone.error?.name).toBe("AuthSessionMissingError");
    const refreshed = await auth
      .client()
      .auth.refreshSession({ refresh_token: one.session.refresh_token });
    expect(refreshed.error?.code).toBe("refresh_token_not_found");
    expect((await auth.client().auth.getUser(two.session.access_token)).error).toBeNull();
  });

  it("ends every session with scope global, and the others with scope others", async () => {
    const { id, email } = await createAccount();
    const one = await signIn(email);
    const two = await signIn(email);
    const three = await signIn(email);
    expect((await one.client.auth.signOut({ scope: "others" })).error).toBeNull();
    expect((await auth.client().auth.getUser(one.session.access_token)).error).toBeNull();
    expect((await auth.client().auth.getUser(two.session.access_token)).error?.name).toBe(
      "AuthSessionMissingError",
    );
    const response = await auth.fetchAuth("/logout?scope=global", {
      method: "POST",
      headers: { Authorization: `Bearer ${one.session.access_token}` },
    });
    expect(response.status).toBe(204);
    const [count] =
      await auth.sql`select count(*)::int as n from auth.sessions where user_id = ${id}`;
    expect(count?.n).toBe(0);
    expect((await auth.client().auth.getUser(three.session.access_token)).error?.name).toBe(
      "AuthSessionMissingError",
    );
  });
});
