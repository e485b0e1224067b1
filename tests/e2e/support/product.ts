// What the browser tests know about the running product: its URLs, a database connection for
// checking outcomes, and the mailbox's JSON view for waiting on mail.
import postgres from "postgres";
import type { DevBanner } from "../../support/dev-process";

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
