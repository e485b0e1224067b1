// The first job of the product, end to end through the real Auth API, the real Send Email hook
// under Deno, the outbox, the Resend SDK and the mailbox: sign up, get the mail, follow its link,
// and the team hears about the confirmed request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_URL,
  type EmailStack,
  eventually,
  PORTAL_URL,
  startEmailStack,
} from "./support/email-stack";

let email: EmailStack;

beforeAll(async () => {
  email = await startEmailStack({ template: "atrium_seeded" });
}, 60_000);
afterAll(() => email?.stop());

/** The confirm link's query, read from the text part (the HTML part carries the same URL). */
function confirmLink(text: string): URL {
  const match = /(http:\/\/portal\.test\/auth\/confirm\?\S+)/.exec(text);
  if (!match?.[1]) {
    throw new Error(`no confirm link in:\n${text}`);
  }
  return new URL(match[1]);
}

describe("sign-up email", () => {
  it("mails a confirmation whose link verifies the user, then tells the team", async () => {
    const address = `ada.${Date.now()}@example.com`;
    const client = email.anon();
    const { data: signup, error } = await client.auth.signUp({
      email: address,
      password: "correct horse battery",
      options: {
        data: { full_name: "Ada Lovelace", company_name: "Analytical Engines", locale: "en" },
        emailRedirectTo: `${PORTAL_URL}/welcome`,
      },
    });
    expect(error).toBeNull();
    expect(signup.session).toBeNull();

    const [mail] = await email.waitForMail((message) => message.to.includes(address));
    expect(mail?.subject).toBe("Confirm your email for Atrium");
    expect(mail?.from).toBe("Atrium <hello@atrium.test>");
    expect(mail?.idempotency_key).toMatch(/^auth\.signup:[0-9a-f]{56}$/);
    const link = confirmLink(mail?.text ?? "");
    expect(link.searchParams.get("type")).toBe("signup");
    expect(link.searchParams.get("redirect_to")).toBe(`${PORTAL_URL}/welcome`);
    const code = /\b(\d{6})\b/.exec(mail?.text ?? "")?.[1];
    expect(code).toMatch(/^\d{6}$/);
    // The HTML part carries the same link (attribute-escaped) and the code.
    expect(mail?.html).toContain(link.search.slice(1).replaceAll("&", "&amp;"));
    expect(mail?.html).toContain(code);

    // What the portal's confirm page does on the click.
    const { data: verified, error: verifyError } = await client.auth.verifyOtp({
      token_hash: link.searchParams.get("token_hash") ?? "",
      type: "signup",
    });
    expect(verifyError).toBeNull();
    expect(verified.user?.email).toBe(address);
    expect(verified.user?.email_confirmed_at).toBeTruthy();

    const [request] = await email.sql<{ id: string; status: string }[]>`
      select id, status from public.signup_requests where email = ${address}`;
    expect(request?.status).toBe("confirmed");

    const staff = await email.sql<{ email: string }[]>`
      select email from public.profiles where role in ('team', 'admin') order by email`;
    expect(staff.length).toBeGreaterThan(0);
    const teamMails = await email.waitForMail(
      (message) => message.subject.includes("Analytical Engines"),
      { count: staff.length },
    );
    expect(teamMails.flatMap((message) => message.to).sort()).toEqual(
      staff.map((row) => row.email),
    );
    // The button opens the request's page in the admin, the page admin-live.spec.ts visits.
    expect(teamMails[0]?.text).toContain(`${ADMIN_URL}/signup-requests/${request?.id}`);
    expect(teamMails[0]?.text).not.toContain("/show/");

    const rows = await eventually(
      async () => {
        const found = await email.sql<
          { status: string; delivery_status: string | null; provider_message_id: string }[]
        >`
        select status, delivery_status, provider_message_id from public.notifications
        where template_key = 'request.confirmed' and data ->> 'request_id' = ${request?.id ?? ""}`;
        return found.length === staff.length &&
          found.every((row) => row.delivery_status === "delivered")
          ? found
          : undefined;
      },
      20_000,
      "delivered team notifications",
    );
    expect(rows.every((row) => row.status === "sent")).toBe(true);
    expect(rows.map((row) => row.provider_message_id).sort()).toEqual(
      teamMails.map((message) => message.id).sort(),
    );
  });
});
