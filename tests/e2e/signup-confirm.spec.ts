// The first job of the product, as a person does it in `npm run dev`: sign up on the API, open
// the mailbox page, click the email's button, click "Confirm my email" on the portal, and see the
// request under review; the team is mailed about it.
import { expect, test } from "@playwright/test";
import { createAuthUser } from "../../supabase/seed/auth-users";
import {
  database,
  followMailLink,
  product,
  signUpOnApi,
  waitForMail,
  withDatabase,
} from "./support/product";

async function requestOf(address: string) {
  const sql = database();
  try {
    const [row] = await sql<{ status: string; confirmed: boolean }[]>`
      select r.status::text as status, u.email_confirmed_at is not null as confirmed
      from public.signup_requests r join auth.users u on u.id = r.profile_id
      where r.email = ${address}`;
    return row;
  } finally {
    await sql.end();
  }
}

test("signing up, then clicking the link in the mailbox confirms the email", async ({
  page,
  context,
}) => {
  const address = `ada.${Date.now()}@example.test`;
  const company = `Analytical Engines ${Date.now()}`;
  await signUpOnApi(address, "Ada Lovelace", company);
  expect(await requestOf(address)).toEqual({ status: "pending", confirmed: false });

  // The mailbox lists the confirmation, newest first.
  await page.goto(product().mailbox);
  const row = page.getByRole("row").filter({ hasText: address });
  await expect(async () => {
    await page.reload();
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await row.getByRole("link", { name: "Confirm your email for Atrium" }).click();

  // The button in the rendered email opens the portal's confirm page in a new tab.
  const portal = await followMailLink(page, "Confirm my email");
  await expect(portal).toHaveURL(/\/auth\/confirm\?token_hash=/);
  await expect(portal.getByRole("heading", { name: "Confirm your email" })).toBeVisible();
  const confirmUrl = portal.url();

  // Opening the page (as a mail scanner would) spends nothing.
  expect(await requestOf(address)).toEqual({ status: "pending", confirmed: false });

  await portal.getByRole("button", { name: "Confirm my email" }).click();
  await expect(portal.getByText("Your email is confirmed.", { exact: true })).toBeVisible();
  await expect(portal.getByText("Under review")).toBeVisible();
  await expect(portal.getByText("Hello, Ada Lovelace")).toBeVisible();
  await expect(portal).toHaveURL(`${product().portal}/`);
  expect(await requestOf(address)).toEqual({ status: "confirmed", confirmed: true });

  // The team hears about the request through the outbox and Resend.
  const notice = await waitForMail("team@atrium.test", new RegExp(`review: ${company}$`));
  expect(notice.text).toContain(company);

  // The same link a second time says what happened and offers the code instead.
  const again = await context.newPage();
  await again.goto(confirmUrl);
  await again.getByRole("button", { name: "Confirm my email" }).click();
  await expect(
    again.getByText("This link or code has expired or has already been used."),
  ).toBeVisible();
  await expect(again.getByLabel("6-digit code")).toBeVisible();
});

test("the 6-digit code confirms when the link is broken", async ({ page }) => {
  const address = `grace.${Date.now()}@example.test`;
  await signUpOnApi(address, "Grace Hopper", "Compilers Inc");
  const mail = await waitForMail(address, /^Confirm your email for Atrium$/);
  const code = /\b(\d{6})\b/.exec(mail.text ?? "")?.[1];
  expect(code).toMatch(/^\d{6}$/);

  // A mail client cut the token short.
  await page.goto(`${product().portal}/auth/confirm?token_hash=3f2&type=signup`);
  await expect(page.getByText("This link is incomplete.", { exact: false })).toBeVisible();
  await page.getByLabel("Email address").fill(address);
  await page.getByLabel("6-digit code").fill("12");
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Enter the 6 digits")).toBeVisible();
  expect(await requestOf(address)).toEqual({ status: "pending", confirmed: false });

  await page.getByLabel("6-digit code").fill(code ?? "");
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Your email is confirmed.", { exact: true })).toBeVisible();
  expect(await requestOf(address)).toEqual({ status: "confirmed", confirmed: true });
});

test("an expired confirmation link offers a new email, whose link confirms", async ({ page }) => {
  const address = `mae.${Date.now()}@example.test`;
  const staleHash = "5e".repeat(28);
  // A sign-up whose link went out two days ago (past GOTRUE_MAILER_OTP_EXP, 24 h), written as
  // Auth writes it, so the one-email-a-minute limit per address does not stand in the way.
  await withDatabase(async (sql) => {
    await createAuthUser(sql, {
      email: address,
      password: "correct horse battery",
      confirmed: false,
      userMetadata: { full_name: "Mae Jemison", company_name: "Endeavour Labs" },
    });
    // auth.users belongs to Auth's role; postgres may act as it (supabase/bootstrap/00-roles.sql).
    await sql.begin(async (tx) => {
      await tx`set local role supabase_auth_admin`;
      await tx`update auth.users set confirmation_token = ${staleHash},
        confirmation_sent_at = now() - interval '2 days' where email = ${address}`;
    });
  });
  await page.goto(`${product().portal}/auth/confirm?token_hash=${staleHash}&type=signup`);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(
    page.getByText("This link or code has expired or has already been used."),
  ).toBeVisible();

  // The code in that email is as dead as its link: the page offers a fresh email.
  await page.locator("form[id=resend]").getByLabel("Email address").fill(address);
  await page.getByRole("button", { name: "Send me a new link" }).click();
  await expect(
    page.getByText(`If ${address} is waiting for confirmation, a new link is on its way.`),
  ).toBeVisible();
  const fresh = await waitForMail(address, /^Confirm your email for Atrium$/);
  await page.goto(/https?:\/\/\S+\/auth\/confirm\?\S+/.exec(fresh.text ?? "")?.[0] ?? "");
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Your email is confirmed.", { exact: true })).toBeVisible();
  expect(await requestOf(address)).toEqual({ status: "confirmed", confirmed: true });
});

test("an applicant signs in to the portal and sees their request; a wrong password is explained", async ({
  page,
}) => {
  await page.goto(product().portal);
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("Email address").fill("andy@approved.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email address or the password is wrong.")).toBeVisible();

  await page.getByLabel("Password").fill("atrium-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Hello, Andy Approved")).toBeVisible();
  await expect(page.getByText("Approved", { exact: true })).toBeVisible();
  await expect(page.getByText("Stark Studio")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test("an applicant who never confirmed is led from the sign-in page to a new email", async ({
  page,
}) => {
  await page.goto(`${product().portal}/login`);
  await page.getByLabel("Email address").fill("pat@prospect.test");
  await page.getByLabel("Password").fill("atrium-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByText("Confirm your email first: open the link we sent you."),
  ).toBeVisible();
  // The email may be lost or expired: the way to a new one is one tap away.
  await page.getByRole("link", { name: "Send me a new confirmation email" }).click();
  await expect(page.getByRole("heading", { name: "Confirm your email" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send me a new link" })).toBeVisible();
});
