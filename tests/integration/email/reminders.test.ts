// Each process-outbox run first asks the database for due reminders: an unconfirmed request
// after 24 h reminds its applicant once, a confirmed one unreviewed after 48 h reminds the team
// once, however many runs follow.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmailStack, startEmailStack } from "./support/email-stack";

let email: EmailStack;

beforeAll(async () => {
  email = await startEmailStack({ template: "atrium_seeded", trigger: false });
}, 60_000);
afterAll(() => email?.stop());

describe("reminders", () => {
  it("mails each overdue request's reminder exactly once across runs", async () => {
    const [pending] = await email.sql<{ id: string; email: string }[]>`
      update public.signup_requests set submitted_at = now() - interval '25 hours'
      where id = (select id from public.signup_requests where status = 'pending' limit 1)
      returning id, email`;
    const [confirmed] = await email.sql<{ id: string; company_name: string }[]>`
      update public.signup_requests set confirmed_at = now() - interval '50 hours'
      where id = (select id from public.signup_requests where status = 'confirmed' limit 1)
      returning id, company_name`;
    const staff = await email.sql<{ email: string }[]>`
      select email from public.profiles where role in ('team', 'admin') and email_bounced_at is null order by email`;

    for (let run = 0; run < 3; run++) {
      expect((await email.invoke("process-outbox")).status).toBe(200);
    }

    const messages = email.mailbox.messages();
    const toApplicant = messages.filter(
      (message) => message.idempotency_key === `request.reminder:${pending?.id}`,
    );
    expect(toApplicant.map((message) => message.to)).toEqual([[pending?.email]]);
    expect(toApplicant[0]?.subject).toBe("Your Atrium request is waiting for your confirmation");

    const toTeam = messages.filter((message) =>
      message.idempotency_key?.startsWith(`request.review_reminder:${confirmed?.id}:`),
    );
    expect(toTeam.flatMap((message) => message.to).sort()).toEqual(staff.map((row) => row.email));
    expect(toTeam[0]?.subject).toMatch(
      new RegExp(`^(Waiting 50 h for review|.*50).*${confirmed?.company_name}`),
    );
  });
});
