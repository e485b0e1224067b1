// MFA settings that tests tune through GoTrue's variables: the challenge lifetime
// (GOTRUE_MFA_CHALLENGE_EXPIRY_DURATION) and the per-factor attempt limit
// (GOTRUE_MFA_RATE_LIMIT_CHALLENGE_AND_VERIFY), each refused with GoTrue's code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuthTestStack, startAuthStack } from "./support/auth-stack";
import { claimsOf, createAccount, enrollTotp, signIn, totpCode } from "./support/mfa";

const ATTEMPTS_PER_MINUTE = 4;

let auth: AuthTestStack;

beforeAll(async () => {
  auth = await startAuthStack({
    GOTRUE_MFA_CHALLENGE_EXPIRY_DURATION: "1",
    GOTRUE_MFA_RATE_LIMIT_CHALLENGE_AND_VERIFY: String(ATTEMPTS_PER_MINUTE),
  });
});
afterAll(() => auth?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("challenge lifetime", () => {
  it("expires a challenge after the configured seconds", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    const factor = await enrollTotp(client);
    const challenge = await client.auth.mfa.challenge({ factorId: factor.id });
    const now = Math.floor(Date.now() / 1000);
    expect(challenge.data?.expires_at).toBeLessThanOrEqual(now + 1);
    await sleep(2100);
    const result = await client.auth.mfa.verify({
      factorId: factor.id,
      challengeId: challenge.data?.id ?? "",
      code: await totpCode(factor.secret),
    });
    expect(result.error).toMatchObject({ status: 422, code: "mfa_challenge_expired" });
    expect((await claimsOf(client)).aal).toBe("aal1");
  });
});

describe("attempt limit", () => {
  it("refuses verification attempts beyond the limit per factor with 429", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    const factor = await enrollTotp(client);
    const challenge = await client.auth.mfa.challenge({ factorId: factor.id });
    const verify = (code: string) =>
      client.auth.mfa.verify({ factorId: factor.id, challengeId: challenge.data?.id ?? "", code });
    for (let i = 0; i < ATTEMPTS_PER_MINUTE; i++) {
      const guess = await verify(String(100000 + i));
      expect(guess.error).toMatchObject({ status: 422, code: "mfa_verification_failed" });
    }
    const refused = await verify(await totpCode(factor.secret));
    expect(refused.error).toMatchObject({ status: 429, code: "over_request_rate_limit" });
    expect((await claimsOf(client)).aal).toBe("aal1");

    // The limit is the factor's: another factor of the same user is not slowed.
    const other = await enrollTotp(client, "Second");
    const fresh = await client.auth.mfa.challengeAndVerify({
      factorId: other.id,
      code: await totpCode(other.secret),
    });
    expect(fresh.error).toBeNull();
    expect((await claimsOf(client)).aal).toBe("aal2");
  });

  it("limits challenges per factor too, answering Retry-After", async () => {
    const { client } = await signIn(auth, await createAccount(auth));
    const factor = await enrollTotp(client);
    for (let i = 0; i < ATTEMPTS_PER_MINUTE; i++) {
      expect((await client.auth.mfa.challenge({ factorId: factor.id })).error).toBeNull();
    }
    const token = (await client.auth.getSession()).data.session?.access_token;
    const response = await auth.fetchAuth(`/factors/${factor.id}/challenge`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
      body: "{}",
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await response.json()).toEqual({
      code: "over_request_rate_limit",
      message: "Request rate limit reached",
    });
  });
});
