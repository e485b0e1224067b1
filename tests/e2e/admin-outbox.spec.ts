// The email outbox in the admin: an email that failed while the mail provider was down is
// retried from the outbox page and then delivered; "Send test" on a template reaches the
// signed-in admin's own mailbox.

import { expect, test } from "@playwright/test";
import { sampleData } from "../../admin/src/resources/email-templates/sample-data";
import { renderTemplate } from "../../db/email/render";
import { database, type MailboxMessage, product, waitForMail } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

async function setMailboxFaults(faults: { errorRate: number }) {
  const response = await fetch(`${product().mailbox}/_mailbox/faults`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(faults),
  });
  expect(response.status).toBe(200);
}

async function mailboxIds(): Promise<Set<string>> {
  const response = await fetch(`${product().mailbox}/_mailbox/messages`);
  return new Set(((await response.json()) as MailboxMessage[]).map((message) => message.id));
}

test("a failed email is retried from the outbox and then delivered", async ({ page }) => {
  // Waits on the outbox twice (the failure, then the delivery) and on the page's refresh.
  test.setTimeout(180_000);
  const address = `retry-${Date.now()}@example.test`;
  const sql = database();
  try {
    // The provider answers 500 to everything, and this email has one attempt left (the outbox
    // gives up after 8): the outbox records it as failed, as after a long outage.
    await setMailboxFaults({ errorRate: 1 });
    await sql`
      insert into public.notifications (recipient_email, template_key, data, idempotency_key, attempts)
      values (${address}, 'request.approved',
        ${sql.json({ recipient_name: "Rita Retry", company_name: "Retry Ltd" })},
        ${`e2e-retry:${address}`}, 7)`;
    await expect
      .poll(
        async () =>
          (await sql`select status from public.notifications where recipient_email = ${address}`)[0]
            ?.status,
        { timeout: 30_000 },
      )
      .toBe("failed");
    await setMailboxFaults({ errorRate: 0 });

    await signInToAdmin(page, "team@atrium.test");
    await page.getByRole("menuitem", { name: "Email outbox" }).click();
    await expect(page.getByRole("heading", { name: "Email outbox" })).toBeVisible();
    await page.getByRole("combobox", { name: "Status" }).click({ force: true });
    await page.locator('.ant-select-item-option[title="Failed"]').click();
    const row = page.getByRole("row").filter({ hasText: address });
    await expect(row).toContainText("Failed");
    await expect(row).toContainText("500");
    await expect(row).toContainText("request.approved");

    await row.getByRole("button", { name: "Retry" }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: "Retry" }).click();
    await expect(page.getByText("Email queued again")).toBeVisible();

    const mail = await waitForMail(address, /.+/);
    expect(mail.text ?? "").toContain("Rita Retry");
    await expect
      .poll(
        async () =>
          (
            await sql`select status, provider_message_id from public.notifications
              where recipient_email = ${address}`
          )[0],
      )
      .toEqual({ status: "sent", provider_message_id: mail.id });
    // The retry is in the audit log under the person who asked for it.
    const audit = await sql`
      select a.old_row ->> 'status' as was, a.new_row ->> 'status' as became, p.email as actor
      from public.audit_logs a join public.profiles p on p.id = a.actor_id
      join public.notifications n on n.id::text = a.record_id
      where a.table_name = 'notifications' and n.recipient_email = ${address}`;
    expect(audit).toEqual([{ was: "failed", became: "queued", actor: "team@atrium.test" }]);

    // The page shows it sent without a reload (the outbox page asks again every few seconds).
    await page.getByRole("combobox", { name: "Status" }).click({ force: true });
    await page.locator('.ant-select-item-option[title="Sent"]').click();
    await expect(page.getByRole("row").filter({ hasText: address })).toContainText("Sent");
  } finally {
    await setMailboxFaults({ errorRate: 0 });
    await sql.end();
  }
});

test("Send test on a template arrives in the admin's own mailbox", async ({ page }) => {
  const sql = database();
  let subject = "";
  try {
    const [template] = await sql<{ subject: string; html: string; text: string }[]>`
      select subject, html, text from public.email_templates
      where key = 'request.rejected' and locale = 'en'`;
    subject = renderTemplate(
      { subject: template?.subject ?? "", html: "", text: "" },
      { ...sampleData },
    ).subject;
  } finally {
    await sql.end();
  }
  const seen = await mailboxIds();

  await signInToAdmin(page, "admin@atrium.test");
  await page.getByRole("menuitem", { name: "Email templates" }).click();
  await page.getByLabel("Search templates").fill("request.rejected");
  await page.getByLabel("Search templates").press("Enter");
  const row = page
    .getByRole("row")
    .filter({ hasText: "request.rejected" })
    .filter({ hasText: "en" });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: "edit" }).click();
  await expect(page.getByRole("heading", { name: "Edit request.rejected (en)" })).toBeVisible();

  await page.getByRole("button", { name: "Send test" }).click();
  await page.locator(".ant-popconfirm").getByRole("button", { name: "Send test" }).click();
  await expect(page.getByText("Test email queued")).toBeVisible();
  await expect(page.getByText("It goes to admin@atrium.test")).toBeVisible();

  const exact = new RegExp(`^${subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  await expect
    .poll(
      async () => {
        const response = await fetch(`${product().mailbox}/_mailbox/messages`);
        const messages = (await response.json()) as MailboxMessage[];
        return messages.filter(
          (message) =>
            !seen.has(message.id) &&
            message.to.includes("admin@atrium.test") &&
            exact.test(message.subject),
        ).length;
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  const mail = await waitForMail("admin@atrium.test", exact);
  expect(mail.text ?? "").toContain(sampleData.reason);
});
