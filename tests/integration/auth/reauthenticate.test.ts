// Reauthentication through unmodified supabase-js: reauthenticate() mails a code through the
// real Send Email hook into the mailbox, and with "secure password change" on
// (GOTRUE_SECURITY_UPDATE_PASSWORD_REQUIRE_REAUTHENTICATION) a session older than 24 h changes
// its password only with that code as `nonce`, once.
import type { SupabaseClient } from "@supabase/supabase-js";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { tokenHash } from "../../../supabase/local/auth/crypto";
import { forFile } from "../../support/for-file";
import { type EmailStack, startEmailStack } from "../email/support/email-stack";
import { authStackForFile, uniqueEmail } from "./support/auth-stack";

const SUBJECT = "Your Atrium confirmation code";
const PASSWORD = "correct horse battery";

interface SecureStack {
  email: EmailStack;
  /** Superuser connection: auth.sessions and auth.users belong to supabase_auth_admin. */
  root: postgres.Sql;
}

const secure = forFile<SecureStack>(
  async () => {
    const email = await startEmailStack({
      env: {
        GOTRUE_SECURITY_UPDATE_PASSWORD_REQUIRE_REAUTHENTICATION: "true",
        GOTRUE_SMTP_MAX_FREQUENCY: "60s",
      },
    });
    return { email, root: postgres(email.db.superuserUrl, { max: 2, onnotice: () => {} }) };
  },
  async ({ email, root }) => {
    await root.end();
    await email.stop();
  },
);
// The default configuration: secure password change off, as on a new hosted project.
const plain = authStackForFile();

/** A confirmed user signed in with a password on a fresh client. */
async function signedIn(to: string): Promise<{ client: SupabaseClient; id: string }> {
  const created = await secure.email.service().auth.admin.createUser({
    email: to,
    password: PASSWORD,
    email_confirm: true,
    user_metadata: { full_name: "Marie Curie", company_name: "Radium", locale: "en" },
  });
  expect(created.error).toBeNull();
  const client = secure.email.anon();
  const { error } = await client.auth.signInWithPassword({ email: to, password: PASSWORD });
  expect(error).toBeNull();
  return { client, id: created.data.user?.id ?? "" };
}

/** The 6-digit code of the reauthentication email to `to`. */
async function mailedCode(to: string): Promise<string> {
  const [mail] = await secure.email.waitForMail(
    (message) => message.to.includes(to) && message.subject === SUBJECT,
  );
  const code = /\b(\d{6})\b/.exec(mail?.text ?? "")?.[1];
  if (!code) {
    throw new Error(`no code in the mail to ${to}`);
  }
  return code;
}

/** Moves the user's sessions past GoTrue's 24 h "recently signed in" window. */
async function ageSessions(userId: string): Promise<void> {
  await secure.root`
    update auth.sessions set created_at = now() - interval '25 hours' where user_id = ${userId}`;
}

describe("reauthenticate()", () => {
  it("mails a code (hash, one-time token and audit entry stored as GoTrue does), once per gap", async () => {
    const to = uniqueEmail("reauth");
    const { client, id } = await signedIn(to);
    const { error } = await client.auth.reauthenticate();
    expect(error).toBeNull();
    const code = await mailedCode(to);
    const [mail] = secure.email.mailbox.messages().filter((message) => message.to.includes(to));
    expect(mail?.text).not.toContain("http");

    const [user] = await secure.root<{ token: string; sent: Date | null }[]>`
      select reauthentication_token as token, reauthentication_sent_at as sent
      from auth.users where id = ${id}`;
    expect(user?.token).toBe(tokenHash(to, code));
    expect(user?.sent).not.toBeNull();
    const tokens = await secure.root<{ token_type: string; token_hash: string }[]>`
      select token_type::text, token_hash from auth.one_time_tokens where user_id = ${id}`;
    expect(tokens).toEqual([{ token_type: "reauthentication_token", token_hash: user?.token }]);
    const audits = await secure.root`
      select 1 from auth.audit_log_entries
      where payload->>'actor_id' = ${id} and payload->>'action' = 'user_reauthenticate_requested'`;
    expect(audits.length).toBe(1);

    const again = await client.auth.reauthenticate();
    expect(again.error?.status).toBe(429);
    expect(again.error?.code).toBe("over_email_send_rate_limit");
  });

  it("refuses an account whose email is not confirmed", async () => {
    const to = uniqueEmail("unconfirmed");
    const { client, id } = await signedIn(to);
    await secure.root`update auth.users set email_confirmed_at = null where id = ${id}`;
    const { error } = await client.auth.reauthenticate();
    expect(error?.status).toBe(422);
    expect(error?.code).toBe("email_not_confirmed");
    expect(error?.message).toBe("Please verify your email first.");
  });
});

describe("password change with secure password change on", () => {
  it("asks an old session for the code, refuses a wrong one, spends the right one once", async () => {
    const to = uniqueEmail("secure");
    const { client, id } = await signedIn(to);
    await ageSessions(id);

    const missing = await client.auth.updateUser({ password: "new password 1" });
    expect(missing.error?.status).toBe(400);
    expect(missing.error?.code).toBe("reauthentication_needed");
    expect(missing.error?.message).toBe("Password update requires reauthentication");

    expect((await client.auth.reauthenticate()).error).toBeNull();
    const code = await mailedCode(to);
    const wrong = await client.auth.updateUser({
      password: "new password 1",
      nonce: code === "000000" ? "111111" : "000000",
    });
    expect(wrong.error?.status).toBe(422);
    expect(wrong.error?.code).toBe("reauthentication_not_valid");

    const changed = await client.auth.updateUser({ password: "new password 1", nonce: code });
    expect(changed.error).toBeNull();
    const [user] = await secure.root<{ token: string }[]>`
      select reauthentication_token as token from auth.users where id = ${id}`;
    expect(user?.token).toBe("");
    const fresh = await secure.email
      .anon()
      .auth.signInWithPassword({ email: to, password: "new password 1" });
    expect(fresh.error).toBeNull();
    expect(fresh.data.user?.id).toBe(id);

    const replay = await client.auth.updateUser({ password: "new password 2", nonce: code });
    expect(replay.error?.status).toBe(422);
    expect(replay.error?.code).toBe("reauthentication_not_valid");
  });

  it("lets a session signed in within 24 h change the password without a code", async () => {
    const to = uniqueEmail("recent");
    const { client } = await signedIn(to);
    const { error } = await client.auth.updateUser({ password: "new password 1" });
    expect(error).toBeNull();
  });
});

describe("password change with secure password change off (the default)", () => {
  it("needs no code, even from an old session", async () => {
    const to = uniqueEmail("plain");
    const created = await plain.admin().auth.admin.createUser({
      email: to,
      password: PASSWORD,
      email_confirm: true,
      user_metadata: { full_name: "Ada Lovelace", company_name: "Engines" },
    });
    expect(created.error).toBeNull();
    const id = created.data.user?.id ?? "";
    const client = plain.client();
    expect(
      (await client.auth.signInWithPassword({ email: to, password: PASSWORD })).error,
    ).toBeNull();
    await plain.sql`
      update auth.sessions set created_at = now() - interval '25 hours' where user_id = ${id}`;
    const { error } = await client.auth.updateUser({ password: "new password 1" });
    expect(error).toBeNull();
    const again = await plain
      .client()
      .auth.signInWithPassword({ email: to, password: "new password 1" });
    expect(again.error).toBeNull();
  });
});
