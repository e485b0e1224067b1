// Every Auth email through the real hook: the template for its action in the user's language,
// a confirm-page link whose token_hash verifies with verifyOtp, and the code; email change mails
// both addresses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmailStack, PORTAL_URL, startEmailStack } from "./support/email-stack";

let email: EmailStack;

beforeAll(async () => {
  email = await startEmailStack();
}, 60_000);
afterAll(() => email?.stop());

let counter = 0;
const address = (name: string) => `${name}.${Date.now()}.${counter++}@example.com`;

/** The newest mail to `to` whose subject matches, and its confirm link. */
async function mailTo(to: string, subject: string) {
  const [mail] = await email.waitForMail(
    (message) => message.to.includes(to) && message.subject === subject,
  );
  const url = /(http:\/\/portal\.test\/auth\/confirm\?\S+)/.exec(mail?.text ?? "")?.[1];
  if (!mail || !url) {
    throw new Error(`no confirm link to ${to}`);
  }
  const link = new URL(url);
  return {
    mail,
    tokenHash: link.searchParams.get("token_hash") ?? "",
    type: link.searchParams.get("type"),
    code: /\b(\d{6})\b/.exec(mail.text ?? "")?.[1],
  };
}

async function createConfirmedUser(to: string, locale: string) {
  const { error } = await email.service().auth.admin.createUser({
    email: to,
    password: "correct horse battery",
    email_confirm: true,
    user_metadata: { full_name: "Marie Curie", company_name: "Radium", locale },
  });
  expect(error).toBeNull();
}

describe("auth emails", () => {
  it("sends recovery in the user's language with a link that verifies", async () => {
    const to = address("marie");
    await createConfirmedUser(to, "fr");
    const client = email.anon();
    const { error } = await client.auth.resetPasswordForEmail(to, {
      redirectTo: `${PORTAL_URL}/reset`,
    });
    expect(error).toBeNull();
    const { tokenHash, type, mail } = await mailTo(to, "Réinitialisez votre mot de passe Atrium");
    expect(type).toBe("recovery");
    expect(mail.idempotency_key).toBe(`auth.recovery:${tokenHash}`);
    const { data, error: verifyError } = await client.auth.verifyOtp({
      token_hash: tokenHash,
      type: "recovery",
    });
    expect(verifyError).toBeNull();
    expect(data.user?.email).toBe(to);
  });

  it("sends a magic link whose 6-digit code also signs in", async () => {
    const to = address("grace");
    await createConfirmedUser(to, "en");
    const client = email.anon();
    const { error } = await client.auth.signInWithOtp({
      email: to,
      options: { shouldCreateUser: false },
    });
    expect(error).toBeNull();
    const { code, type } = await mailTo(to, "Your Atrium sign-in link");
    expect(type).toBe("magiclink");
    const { data, error: verifyError } = await client.auth.verifyOtp({
      email: to,
      token: code ?? "",
      type: "email",
    });
    expect(verifyError).toBeNull();
    expect(data.session?.access_token).toBeTruthy();
  });

  it("sends an invite that verifies as type invite", async () => {
    const to = address("invited");
    const { error } = await email.service().auth.admin.inviteUserByEmail(to, {
      data: { full_name: "Ivy Invited", company_name: "Invites Ltd" },
    });
    expect(error).toBeNull();
    const { tokenHash, type } = await mailTo(to, "You're invited to Atrium");
    expect(type).toBe("invite");
    const { data, error: verifyError } = await email
      .anon()
      .auth.verifyOtp({ token_hash: tokenHash, type: "invite" });
    expect(verifyError).toBeNull();
    expect(data.user?.email).toBe(to);
  });

  it("mails both addresses on an email change; confirming both moves the account", async () => {
    const from = address("old");
    const to = address("new");
    await createConfirmedUser(from, "en");
    const client = email.anon();
    await client.auth.signInWithPassword({ email: from, password: "correct horse battery" });
    const { error } = await client.auth.updateUser({ email: to });
    expect(error).toBeNull();
    const toNew = await mailTo(to, "Confirm your new Atrium email");
    const toOld = await mailTo(from, "Confirm your new Atrium email");
    expect(toNew.tokenHash).not.toBe(toOld.tokenHash);
    expect(toNew.type).toBe("email_change");
    const first = await client.auth.verifyOtp({
      token_hash: toOld.tokenHash,
      type: "email_change",
    });
    expect(first.error).toBeNull();
    const second = await client.auth.verifyOtp({
      token_hash: toNew.tokenHash,
      type: "email_change",
    });
    expect(second.error).toBeNull();
    expect(second.data.user?.email).toBe(to);
  });
});
