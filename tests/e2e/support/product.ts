// What the browser tests know about the running product: its URLs, a database connection for
// checking outcomes, and the mailbox's JSON view for waiting on mail.
import type { Page } from "@playwright/test";
import postgres from "postgres";
import { signupFormSchema, toSignUpCredentials } from "../../../db/validation/signup";
import { createAuthUser } from "../../../supabase/seed/auth-users";
import { DEMO_PASSWORD } from "../../../supabase/seed/demo-data";
import type { DevBanner } from "../../support/dev-process";
import { nodeClient } from "../../support/supabase-client";

export function product(): DevBanner {
  const raw = process.env.ATRIUM_E2E;
  if (!raw) {
    throw new Error("ATRIUM_E2E is not set: run the browser tests with `npx playwright test`");
  }
  return JSON.parse(raw) as DevBanner;
}

export function database() {
  return postgres(product().database, { max: 1, onnotice: () => {} });
}

/**
 * Runs `work` on a connection of its own and closes it, whatever `work` does.
 * @example const n = await withDatabase((sql) => sql`select 1`);
 */
export async function withDatabase<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = database();
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

export interface MailboxMessage {
  id: string;
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
}

/** Waits for a message to `to` whose subject matches, polling the mailbox. */
export async function waitForMail(
  to: string,
  subject: RegExp,
  timeoutMs = 30_000,
): Promise<MailboxMessage> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${product().mailbox}/_mailbox/messages`);
    const messages = (await response.json()) as MailboxMessage[];
    const found = messages.find((m) => m.to.includes(to) && subject.test(m.subject));
    if (found) {
      return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail to ${to} matching ${subject} within ${timeoutMs} ms`);
}

/** The mailbox page of one message. */
export function mailPage(messageId: string): string {
  return `${product().mailbox}/messages/${messageId}`;
}

/**
 * Clicks a link in the HTML part of the message open in `page`, as a reader does; the mailbox
 * opens links in a new tab, which is returned.
 */
export async function followMailLink(page: Page, linkName: string): Promise<Page> {
  const opened = page.context().waitForEvent("page");
  await page
    .frameLocator('iframe[title="HTML part"]')
    .getByRole("link", { name: linkName })
    .click();
  return opened;
}

/** Signs up on the API as the portal does; the request starts `pending`. */
export async function signUpOnApi(address: string, fullName: string, company: string) {
  const { api, anonKey } = product();
  const form = signupFormSchema.parse({
    email: address,
    password: "correct horse battery",
    full_name: fullName,
    company_name: company,
  });
  const { error } = await nodeClient(api, anonKey).auth.signUp(toSignUpCredentials(form));
  if (error) {
    throw error;
  }
}

/** Signs up and confirms with the 6-digit code from the mail: the request is then `confirmed`. */
export async function confirmedApplicant(address: string, fullName: string, company: string) {
  await signUpOnApi(address, fullName, company);
  const mail = await waitForMail(address, /^Confirm your email for Atrium$/);
  const token = /\b(\d{6})\b/.exec(mail.text ?? "")?.[1] ?? "";
  const { api, anonKey } = product();
  const { error } = await nodeClient(api, anonKey).auth.verifyOtp({
    email: address,
    token,
    type: "signup",
  });
  if (error) {
    throw error;
  }
}

/**
 * A confirmed client login with the demo password, at a company if one is named, written as
 * the seed writes users. Tests make their own rather than change a demo user.
 * @returns the new user's id.
 */
export async function createClientLogin(
  email: string,
  fullName: string,
  companyName?: string,
): Promise<string> {
  const sql = database();
  try {
    const [company] = companyName
      ? await sql<{ id: string }[]>`select id from public.companies where name = ${companyName}`
      : [];
    if (companyName && !company) {
      throw new Error(`no company named ${companyName}`);
    }
    return await createAuthUser(sql, {
      email,
      password: DEMO_PASSWORD,
      userMetadata: { full_name: fullName },
      appMetadata: company
        ? { atrium_role: "client", company_id: company.id }
        : { atrium_role: "client" },
    });
  } finally {
    await sql.end();
  }
}
