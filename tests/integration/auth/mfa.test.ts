// TOTP multi-factor authentication through the unmodified auth-js `auth.mfa` API: enrollment,
// challenges, verification to aal2 with GoTrue's `amr`, refusals with GoTrue's codes, unenrolling,
// and what refresh, a new sign-in and the admin API see. Longer than ~300 lines on purpose: one
// Auth stack (seconds to start) serves every case, grouped by step of the factor's life.
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuthTestStack, SITE_URL, startAuthStack } from "./support/auth-stack";
import {
  claimsOf,
  createAccount,
  enrollAndVerify,
  enrollTotp,
  signIn,
  totpCode,
} from "./support/mfa";

let auth: AuthTestStack;

beforeAll(async () => {
  auth = await startAuthStack();
});
afterAll(() => auth?.stop());

async function sessionRow(sessionId: unknown) {
  const [row] = await auth.sql<{ aal: string; factor_id: string | null }[]>`
    select aal::text as aal, factor_id from auth.sessions where id = ${String(sessionId)}`;
  return row;
}

describe("enroll", () => {
  it("answers GoTrue's TOTP enrollment: secret, otpauth URI and an SVG QR code", async () => {
    const { client, userId, email } = await signIn(auth, await createAccount(auth));
    const { data, error } = await client.auth.mfa.enroll({
      factorType: "totp",
      friendlyName: "Phone",
      issuer: "Atrium",
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ type: "totp", friendly_name: "Phone" });
    const secret = data?.totp.secret ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(data?.totp.uri).toMatch(/^otpauth:\/\/totp\/Atrium:/);
    const uri = new URL(data?.totp.uri ?? "");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Atrium");
    expect(decodeURIComponent(uri.pathname)).toContain(email);
    // GoTrue sends the bare SVG; auth-js makes it a data URI an <img> can show.
    expect(data?.totp.qr_code).toMatch(/^data:image\/svg\+xml;utf-8,<svg /);

    const [row] = await auth.sql`
      select user_id, factor_type::text, status::text, friendly_name, secret
      from auth.mfa_factors where id = ${data?.id ?? ""}`;
    expect(row).toEqual({
      user_id: userId,
      factor_type: "totp",
      status: "unverified",
      friendly_name: "Phone",
      secret,
    });
  });

  it("names the Site URL's host as issuer when the client gives none", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    const { data } = await client.auth.mfa.enroll({ factorType: "totp" });
    expect(new URL(data?.totp.uri ?? "").searchParams.get("issuer")).toBe(new URL(SITE_URL).host);
  });

  it("never returns the secret again: the user object lists the factor without it", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    const factor = await enrollTotp(client, "Laptop");
    const response = await auth.fetchAuth("/user", {
      headers: {
        Authorization: `Bearer ${(await client.auth.getSession()).data.session?.access_token}`,
      },
    });
    const text = await response.text();
    expect(text).not.toContain(factor.secret);
    const user = JSON.parse(text) as { factors: Record<string, unknown>[] };
    expect(user.factors).toEqual([
      {
        id: factor.id,
        created_at: expect.any(String),
        updated_at: expect.any(String),
        status: "unverified",
        friendly_name: "Laptop",
        factor_type: "totp",
        phone: null,
        last_challenged_at: null,
      },
    ]);
    const listed = await client.auth.mfa.listFactors();
    expect(listed.data?.all.map((f) => f.id)).toEqual([factor.id]);
    expect(listed.data?.totp).toEqual([]);
  });

  it("refuses a second factor with the same name, and unknown factor types", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    await enrollTotp(client, "Phone");
    const again = await client.auth.mfa.enroll({ factorType: "totp", friendlyName: "Phone" });
    expect(again.error).toMatchObject({ status: 422, code: "mfa_factor_name_conflict" });
    const phone = await client.auth.mfa.enroll({ factorType: "phone", phone: "+15555550100" });
    expect(phone.error).toMatchObject({ status: 422, code: "mfa_phone_enroll_not_enabled" });
  });

  it("needs aal2 to add a factor once one is verified", async () => {
    const email = await createAccount(auth);
    const first = await signIn(auth, email);
    await enrollAndVerify(first.client, "Phone");
    const atAal1 = await signIn(auth, email);
    const refused = await atAal1.client.auth.mfa.enroll({
      factorType: "totp",
      friendlyName: "Two",
    });
    expect(refused.error).toMatchObject({ status: 403, code: "insufficient_aal" });
    const allowed = await first.client.auth.mfa.enroll({ factorType: "totp", friendlyName: "Two" });
    expect(allowed.error).toBeNull();
  });

  it("refuses callers without a session", async () => {
    const response = await auth.fetchAuth("/factors", {
      method: "POST",
      body: JSON.stringify({ factor_type: "totp" }),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).code).toBe("no_authorization");
  });
});

describe("challenge and verify", () => {
  it("raises the session to aal2 with GoTrue's amr and new tokens", async () => {
    const { client, userId } = await signIn(auth, await createAccount(auth));
    const before = (await client.auth.getSession()).data.session;
    const factor = await enrollTotp(client, "Phone");

    const challenge = await client.auth.mfa.challenge({ factorId: factor.id });
    expect(challenge.error).toBeNull();
    const now = Math.floor(Date.now() / 1000);
    expect(challenge.data).toMatchObject({ id: expect.any(String), type: "totp" });
    expect(challenge.data?.expires_at).toBeGreaterThanOrEqual(now + 299);
    expect(challenge.data?.expires_at).toBeLessThanOrEqual(now + 301);

    const verified = await client.auth.mfa.verify({
      factorId: factor.id,
      challengeId: challenge.data?.id ?? "",
      code: await totpCode(factor.secret),
    });
    expect(verified.error).toBeNull();
    expect(verified.data?.access_token).not.toBe(before?.access_token);
    expect(verified.data?.refresh_token).not.toBe(before?.refresh_token);
    expect(verified.data?.user.factors?.map((f) => [f.id, f.status])).toEqual([
      [factor.id, "verified"],
    ]);

    const claims = await claimsOf(client);
    expect(claims.aal).toBe("aal2");
    expect(claims.session_id).toBe(decodeJwt(before?.access_token ?? "").session_id);
    const amr = claims.amr as { method: string; timestamp: number }[];
    expect(amr.map((entry) => entry.method)).toEqual(["totp", "password"]);
    expect(amr[0]?.timestamp).toBeGreaterThanOrEqual(amr[1]?.timestamp ?? Infinity);
    expect(amr[0]?.timestamp).toBeGreaterThanOrEqual(now - 1);

    const level = await client.auth.mfa.getAuthenticatorAssuranceLevel();
    expect(level.data).toMatchObject({ currentLevel: "aal2", nextLevel: "aal2" });
    expect(level.data?.currentAuthenticationMethods).toEqual(amr);

    expect(await sessionRow(claims.session_id)).toEqual({ aal: "aal2", factor_id: factor.id });
    const [stored] = await auth.sql`
      select f.status::text, c.verified_at is not null as verified
      from auth.mfa_factors f join auth.mfa_challenges c on c.factor_id = f.id
      where f.id = ${factor.id}`;
    expect(stored).toEqual({ status: "verified", verified: true });
    const listed = await client.auth.mfa.listFactors();
    expect(listed.data?.totp.map((f) => [f.id, f.status])).toEqual([[factor.id, "verified"]]);
    const { data: user } = await client.auth.getUser();
    expect(user.user?.id).toBe(userId);
    expect(user.user?.factors?.map((f) => f.status)).toEqual(["verified"]);
  });

  it("refuses a wrong code and leaves the session at aal1", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    const factor = await enrollTotp(client);
    const good = await totpCode(factor.secret);
    const wrong = String((Number(good) + 1) % 1_000_000).padStart(6, "0");
    const result = await client.auth.mfa.challengeAndVerify({ factorId: factor.id, code: wrong });
    expect(result.error).toMatchObject({ status: 422, code: "mfa_verification_failed" });
    expect((await claimsOf(client)).aal).toBe("aal1");
    const letters = await client.auth.mfa.challengeAndVerify({
      factorId: factor.id,
      code: "abcdef",
    });
    expect(letters.error).toMatchObject({ status: 422, code: "mfa_verification_failed" });
  });

  it("accepts a code once: a replay on a new challenge or the same one is refused", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    const factor = await enrollTotp(client);
    const code = await totpCode(factor.secret);
    const challenge = await client.auth.mfa.challenge({ factorId: factor.id });
    const challengeId = challenge.data?.id ?? "";
    expect(
      (await client.auth.mfa.verify({ factorId: factor.id, challengeId, code })).error,
    ).toBeNull();

    const replay = await client.auth.mfa.challengeAndVerify({ factorId: factor.id, code });
    expect(replay.error).toMatchObject({ status: 422, code: "mfa_verification_failed" });
    const sameChallenge = await client.auth.mfa.verify({ factorId: factor.id, challengeId, code });
    expect(sameChallenge.error).toMatchObject({ status: 422, code: "mfa_ip_address_mismatch" });
    // The next period's code is new and still inside the skew window.
    const next = await client.auth.mfa.challengeAndVerify({
      factorId: factor.id,
      code: await totpCode(factor.secret, 1),
    });
    expect(next.error).toBeNull();
  });

  it("refuses codes outside the ±1 step window", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    const factor = await enrollTotp(client);
    // +3 rather than +2: a period may end between computing the code and checking it.
    for (const steps of [-2, 3]) {
      const result = await client.auth.mfa.challengeAndVerify({
        factorId: factor.id,
        code: await totpCode(factor.secret, steps),
      });
      expect(result.error).toMatchObject({ code: "mfa_verification_failed" });
    }
  });

  it("refuses an expired challenge and deletes it", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    const factor = await enrollTotp(client);
    const challenge = await client.auth.mfa.challenge({ factorId: factor.id });
    const challengeId = challenge.data?.id ?? "";
    await auth.sql`
      update auth.mfa_challenges set created_at = now() - interval '301 seconds'
      where id = ${challengeId}`;
    const result = await client.auth.mfa.verify({
      factorId: factor.id,
      challengeId,
      code: await totpCode(factor.secret),
    });
    expect(result.error).toMatchObject({ status: 422, code: "mfa_challenge_expired" });
    expect(result.error?.message).toContain(challengeId);
    const rows = await auth.sql`select 1 from auth.mfa_challenges where id = ${challengeId}`;
    expect(rows).toHaveLength(0);
  });

  it("answers 404 mfa_factor_not_found for another user's or an unknown factor", async () => {
    const owner = await signIn(auth, await createAccount(auth));
    const factor = await enrollTotp(owner.client);
    const other = await signIn(auth, await createAccount(auth));
    for (const factorId of [factor.id, "00000000-0000-4000-8000-000000000000"]) {
      const result = await other.client.auth.mfa.challenge({ factorId });
      expect(result.error).toMatchObject({ status: 404, code: "mfa_factor_not_found" });
    }
    const unknownChallenge = await owner.client.auth.mfa.verify({
      factorId: factor.id,
      challengeId: "00000000-0000-4000-8000-000000000000",
      code: "123456",
    });
    expect(unknownChallenge.error).toMatchObject({ status: 422, code: "mfa_factor_not_found" });
  });
});

describe("sessions after verification", () => {
  it("keeps aal2 and the totp method across a refresh", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    await enrollAndVerify(client);
    const before = await claimsOf(client);
    const { data, error } = await client.auth.refreshSession();
    expect(error).toBeNull();
    const after = decodeJwt(data.session?.access_token ?? "");
    expect(after.aal).toBe("aal2");
    expect(after.amr).toEqual(before.amr);
    expect(after.session_id).toBe(before.session_id);
  });

  it("starts a new sign-in at aal1 with nextLevel aal2, and ends older aal1 sessions", async () => {
    const email = await createAccount(auth);
    const older = await signIn(auth, email);
    const olderSessionId = (await claimsOf(older.client)).session_id;
    const first = await signIn(auth, email);
    const factor = await enrollAndVerify(first.client);
    // GoTrue's InvalidateSessionsWithAALLessThan: the session left at aal1 is gone, and auth-js
    // drops it on the server's session_not_found.
    expect(await sessionRow(olderSessionId)).toBeUndefined();
    const stale = await older.client.auth.getUser();
    expect(stale.error?.name).toBe("AuthSessionMissingError");
    expect((await older.client.auth.getSession()).data.session).toBeNull();

    const later = await signIn(auth, email);
    const claims = await claimsOf(later.client);
    expect(claims).toMatchObject({ aal: "aal1", amr: [{ method: "password" }] });
    const level = await later.client.auth.mfa.getAuthenticatorAssuranceLevel();
    expect(level.data).toMatchObject({ currentLevel: "aal1", nextLevel: "aal2" });
    const stepUp = await later.client.auth.mfa.challengeAndVerify({
      factorId: factor.id,
      code: await totpCode(factor.secret, 1),
    });
    expect(stepUp.error).toBeNull();
    expect((await claimsOf(later.client)).aal).toBe("aal2");
    // The first session was already aal2 and survives.
    expect((await first.client.auth.getUser()).error).toBeNull();
  });
});

describe("unenroll", () => {
  it("needs aal2 for a verified factor, then drops the session back to aal1", async () => {
    const email = await createAccount(auth);
    const first = await signIn(auth, email);
    const factor = await enrollAndVerify(first.client);
    const atAal1 = await signIn(auth, email);
    const refused = await atAal1.client.auth.mfa.unenroll({ factorId: factor.id });
    expect(refused.error).toMatchObject({ status: 422, code: "insufficient_aal" });

    const done = await first.client.auth.mfa.unenroll({ factorId: factor.id });
    expect(done.error).toBeNull();
    expect(done.data).toEqual({ id: factor.id });
    const sessionId = (await claimsOf(first.client)).session_id;
    expect(await sessionRow(sessionId)).toEqual({ aal: "aal1", factor_id: null });
    const refreshed = await first.client.auth.refreshSession();
    const claims = decodeJwt(refreshed.data.session?.access_token ?? "");
    expect(claims).toMatchObject({ aal: "aal1", amr: [{ method: "password" }] });
    expect((await first.client.auth.mfa.listFactors()).data?.all).toEqual([]);
  });

  it("lets an unverified factor go at aal1", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    const factor = await enrollTotp(client);
    const { error } = await client.auth.mfa.unenroll({ factorId: factor.id });
    expect(error).toBeNull();
    const rows = await auth.sql`select 1 from auth.mfa_factors where id = ${factor.id}`;
    expect(rows).toHaveLength(0);
  });
});

describe("admin API", () => {
  it("lists a user's factors and deletes one, downgrading the user's sessions", async () => {
    const { client, userId } = await signIn(auth, await createAccount(auth));
    const factor = await enrollAndVerify(client, "Phone");
    const admin = auth.admin();

    const listed = await admin.auth.admin.mfa.listFactors({ userId });
    expect(listed.error).toBeNull();
    expect(listed.data?.factors).toEqual([
      expect.objectContaining({ id: factor.id, status: "verified", factor_type: "totp" }),
    ]);
    expect(JSON.stringify(listed.data)).not.toContain(factor.secret);
    const viaUser = await admin.auth.admin.getUserById(userId);
    expect(viaUser.data.user?.factors?.map((f) => f.id)).toEqual([factor.id]);

    const deleted = await admin.auth.admin.mfa.deleteFactor({ userId, id: factor.id });
    expect(deleted.error).toBeNull();
    expect((await admin.auth.admin.mfa.listFactors({ userId })).data?.factors).toEqual([]);
    const sessionId = (await claimsOf(client)).session_id;
    expect(await sessionRow(sessionId)).toEqual({ aal: "aal1", factor_id: null });

    const again = await admin.auth.admin.mfa.deleteFactor({ userId, id: factor.id });
    expect(again.error).toMatchObject({ status: 404, code: "mfa_factor_not_found" });
    const [entry] = await auth.sql`
      select payload->>'action' as action, payload->'traits'->>'factor_id' as factor_id
      from auth.audit_log_entries where payload->>'action' = 'factor_deleted'
        and payload->'traits'->>'user_id' = ${userId}`;
    expect(entry).toEqual({ action: "factor_deleted", factor_id: factor.id });
  });

  it("refuses callers without the service role", async () => {
    const { client, userId } = await signIn(auth, await createAccount(auth));
    const token = (await client.auth.getSession()).data.session?.access_token;
    const response = await auth.fetchAuth(`/admin/users/${userId}/factors`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(403);
    expect((await response.json()).code).toBe("not_admin");
  });

  it("removes factors and challenges with their user", async () => {
    const { client, userId } = await signIn(auth, await createAccount(auth));
    const factor = await enrollTotp(client);
    await client.auth.mfa.challenge({ factorId: factor.id });
    const { error } = await auth.admin().auth.admin.deleteUser(userId);
    expect(error).toBeNull();
    const [left] = await auth.sql<{ factors: number; challenges: number }[]>`
      select (select count(*)::int from auth.mfa_factors where user_id = ${userId}) as factors,
        (select count(*)::int from auth.mfa_challenges where factor_id = ${factor.id}) as challenges`;
    expect(left).toEqual({ factors: 0, challenges: 0 });
  });
});
