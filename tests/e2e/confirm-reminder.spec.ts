// A person who never clicked their confirmation link: a day later the outbox reminds them, the
// reminder's button opens the portal's confirm page, which mails a fresh link; that link confirms.
import { expect, test } from "@playwright/test";
import { createAuthUser } from "../../supabase/seed/auth-users";
import { patient } from "./support/patience";
import { followMailLink, product, waitForMail, withDatabase } from "./support/product";

test("the unconfirmed reminder leads to a fresh link that confirms the email", async ({ page }) => {
  // The reminder waits for the outbox's next 30 s round; two mails and three portal pages follow.
  test.setTimeout(300_000);
  const address = `late.${Date.now()}@example.test`;
  const company = `Late Starters ${Date.now()}`;
  // Written as Auth writes a sign-up, without sending its first email, so the one-a-minute
  // limit per address does not stand between the reminder and the fresh link.
  await withDatabase(async (sql) => {
    await createAuthUser(sql, {
      email: address,
      password: "correct horse battery",
      confirmed: false,
      userMetadata: { full_name: "Grace Late", company_name: company },
    });
    await sql`update public.signup_requests set submitted_at = now() - interval '25 hours'
              where email = ${address}`;
  });

  const reminder = await waitForMail(
    address,
    /^Your Atrium request is waiting for your confirmation$/,
    // Up to one outbox round (30 s) before it is even picked; a loaded machine runs it slowly.
    150_000,
  );
  await page.goto(`${product().mailbox}/messages/${reminder.id}`);
  const confirmPage = await followMailLink(page, "Confirm my email");
  await expect(confirmPage).toHaveURL(/\/auth\/confirm\?type=signup$/, patient);
  await expect(confirmPage.getByRole("heading", { name: "Confirm your email" })).toBeVisible(
    patient,
  );

  await confirmPage.locator("form[id=resend]").getByLabel("Email address").fill(address);
  await confirmPage.getByRole("button", { name: "Send me a new link" }).click();
  await expect(
    confirmPage.getByText(`If ${address} is waiting for confirmation, a new link is on its way.`),
  ).toBeVisible(patient);

  const fresh = await waitForMail(address, /^Confirm your email for Atrium$/, 90_000);
  await page.goto(`${product().mailbox}/messages/${fresh.id}`);
  const portal = await followMailLink(page, "Confirm my email");
  await expect(portal).toHaveURL(/\/auth\/confirm\?token_hash=/, patient);
  await portal.getByRole("button", { name: "Confirm my email" }).click();
  await expect(portal.getByText("Your email is confirmed.", { exact: true })).toBeVisible(patient);

  const [row] = await withDatabase(
    (sql) => sql<{ status: string }[]>`
      select status::text as status from public.signup_requests where email = ${address}`,
  );
  expect(row?.status).toBe("confirmed");
});
