// `npm run totp -- <email>`: the current code of a user's verified factor, read from the database
// as the project owner, is one Auth then accepts for a fresh sign-in's second step.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { generate } from "otplib";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentTotpCodes } from "../../../scripts/lib/totp-codes";
import { type AuthTestStack, startAuthStack } from "../auth/support/auth-stack";
import { claimsOf, createAccount, enrollTotp, signIn, totpCode } from "../auth/support/mfa";

const root = path.resolve(import.meta.dirname, "../../..");
const run = promisify(execFile);

let auth: AuthTestStack;
let owner: postgres.Sql;

beforeAll(async () => {
  auth = await startAuthStack();
  owner = postgres(auth.stack.db.ownerUrl, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await owner?.end();
  await auth?.stop();
});

/** An account with one verified factor, verified with the previous period's code. */
async function accountWithFactor(name: string) {
  const email = await createAccount(auth, "totp-script");
  const { client } = await signIn(auth, email);
  const factor = await enrollTotp(client, name);
  const { error } = await client.auth.mfa.challengeAndVerify({
    factorId: factor.id,
    code: await totpCode(factor.secret, -1),
  });
  expect(error).toBeNull();
  return { email, factor, client };
}

function runScript(email: string) {
  return run("node", ["--import", "tsx", "scripts/totp.ts", email], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: auth.stack.db.ownerUrl },
  });
}

describe("currentTotpCodes", () => {
  it("gives the code an authenticator shows now, for verified factors only", async () => {
    const { email, factor, client } = await accountWithFactor("Phone");
    // A second factor, left unverified (the aal2 session may add it).
    await enrollTotp(client, "Unverified");
    const now = Date.now() / 1000;
    const codes = await currentTotpCodes(owner, email.toUpperCase(), now);
    expect(codes).toEqual([
      {
        factorId: factor.id,
        friendlyName: "Phone",
        code: await generate({ secret: factor.secret, epoch: Math.floor(now) }),
        secondsLeft: 30 - (Math.floor(now) % 30),
      },
    ]);
    expect(await currentTotpCodes(owner, "nobody@example.com")).toEqual([]);
  });
});

describe("npm run totp", () => {
  it("prints a code that completes a new sign-in's second step", async () => {
    const { email, factor } = await accountWithFactor("Phone");
    const { stdout } = await runScript(email);
    const match = /^ {2}(\d{6}) {2}\(factor "Phone", \d+ s left\)$/m.exec(stdout);
    expect(stdout.split("\n")[0]).toBe(`TOTP codes for ${email}:`);
    const code = match?.[1] ?? "";
    expect(code).toMatch(/^\d{6}$/);

    const later = await signIn(auth, email);
    const { error } = await later.client.auth.mfa.challengeAndVerify({ factorId: factor.id, code });
    expect(error).toBeNull();
    expect((await claimsOf(later.client)).aal).toBe("aal2");
  });

  it("fails with a hint for an address without a verified factor", async () => {
    const email = await createAccount(auth, "no-factor");
    const failure = await runScript(email).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      `${email} has no verified TOTP factor`,
    );
  });
});
