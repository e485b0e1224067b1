// A forgotten password, as a client lives it: ask for a reset on the portal, open the email in
// the mailbox, click through, choose a new password (checked next to the field), sign in with it.
import { expect, type Page, test } from "@playwright/test";
import { nodeClient } from "../support/supabase-client";
import {
  confirmedApplicant,
  followMailLink,
  mailPage,
  product,
  waitForMail,
} from "./support/product";

/** Types the same new password twice at the link's password step and sees it saved. */
async function choosePassword(page: Page, password: string): Promise<void> {
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: "Save the password" }).click();
  await expect(page.getByText("Your password has been changed.", { exact: true })).toBeVisible();
}

test("a recovery email leads to a new password that signs in", async ({ page }) => {
  const { api, anonKey } = product();
  // Its own account: demo logins keep their password for the other tests.
  const address = `rosa.${Date.now()}@example.test`;
  await confirmedApplicant(address, "Rosa Parks", "Montgomery Transit");
  await page.goto(`${product().portal}/login`);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The page loads on first use; until it is in, the sign-in form (also "Email address") stays.
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email address").fill(address);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(
    page.getByText(`If an account uses ${address}, a link to choose a new password is on its way.`),
  ).toBeVisible();
  const mail = await waitForMail(address, /^Reset your Atrium password$/);

  await page.goto(mailPage(mail.id));
  const confirm = await followMailLink(page, "Choose a new password");
  await expect(confirm.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await confirm.getByRole("button", { name: "Continue" }).click();

  await expect(confirm.getByLabel("New password")).toBeVisible();
  await confirm.getByLabel("New password").fill("short");
  await confirm.getByLabel("Repeat the password").fill("different");
  await confirm.getByRole("button", { name: "Save the password" }).click();
  await expect(confirm.getByText("Use at least 8 characters")).toBeVisible();
  await expect(confirm.getByText("The two passwords differ")).toBeVisible();

  await choosePassword(confirm, "a brand new password");

  // The old password no longer works; the new one does.
  const old = await nodeClient(api, anonKey).auth.signInWithPassword({
    email: address,
    password: "correct horse battery",
  });
  expect(old.error?.code).toBe("invalid_credentials");
  const fresh = await nodeClient(api, anonKey).auth.signInWithPassword({
    email: address,
    password: "a brand new password",
  });
  expect(fresh.error).toBeNull();
  expect(fresh.data.user?.email).toBe(address);
});

test("a double click on the reset button asks for one email and says it is on its way", async ({
  page,
}) => {
  const address = `ida.${Date.now()}@example.test`;
  await confirmedApplicant(address, "Ida Wells", "Memphis Free Speech");
  const recoveries: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/auth/v1/recover")) {
      recoveries.push(request.url());
    }
  });
  await page.goto(`${product().portal}/forgot-password`);
  await page.getByLabel("Email address").fill(address);
  // A phone's double tap: Auth mails once a minute, so a second request is refused.
  await page.getByRole("button", { name: "Email me a link" }).dblclick();
  await expect(
    page.getByText(`If an account uses ${address}, a link to choose a new password is on its way.`),
  ).toBeVisible();
  await expect(page.getByText("Too many attempts", { exact: false })).toHaveCount(0);
  expect(recoveries).toHaveLength(1);
});

test("a reload at the password step keeps asking for the password", async ({ page }) => {
  const { api, anonKey } = product();
  const address = `mary.${Date.now()}@example.test`;
  await confirmedApplicant(address, "Mary Seacole", "Crimea Care");
  const { error } = await nodeClient(api, anonKey).auth.resetPasswordForEmail(address, {
    redirectTo: `${product().portal}/`,
  });
  expect(error).toBeNull();
  const mail = await waitForMail(address, /^Reset your Atrium password$/);
  const link = /https?:\/\/\S+\/auth\/confirm\?\S+/.exec(mail.text ?? "")?.[0] ?? "";
  await page.goto(link);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByLabel("New password")).toBeVisible();

  // The link's token is spent: its button again could only fail.
  await page.reload();
  await expect(page.getByLabel("New password")).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
  await choosePassword(page, "after the reload");
  const fresh = await nodeClient(api, anonKey).auth.signInWithPassword({
    email: address,
    password: "after the reload",
  });
  expect(fresh.error).toBeNull();
});
