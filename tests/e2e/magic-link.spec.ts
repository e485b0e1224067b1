// Signing in without a password: the portal emails a link, the mailbox shows it, and the click on
// the portal's confirm page signs the person in.
import { expect, test } from "@playwright/test";
import { followMailLink, mailPage, product, waitForMail } from "./support/product";

test("a sign-in link by email signs the applicant in", async ({ page }) => {
  const address = "connie@confirmed.test";
  await page.goto(`${product().portal}/login`);
  const sendLink = page.getByRole("button", { name: "Email me a sign-in link instead" });

  await sendLink.click();
  await expect(page.getByText("Email is required")).toBeVisible();
  await page.getByLabel("Email address").fill("nobody@example.test");
  await sendLink.click();
  await expect(page.getByText("There is no account with this email address.")).toBeVisible();

  await page.getByLabel("Email address").fill(address);
  await sendLink.click();
  await expect(page.getByText(`We sent a sign-in link to ${address}.`)).toBeVisible();

  const mail = await waitForMail(address, /^Your Atrium sign-in link$/);
  await page.goto(mailPage(mail.id));
  const portal = await followMailLink(page, "Sign in");
  await expect(portal.getByRole("heading", { name: "Sign in to Atrium" })).toBeVisible();
  await portal.getByRole("button", { name: "Sign me in" }).click();
  await expect(portal.getByText("You are signed in.", { exact: true })).toBeVisible();
  await expect(portal.getByText("Hello, Connie Confirmed")).toBeVisible();
  await expect(portal.getByText("Under review")).toBeVisible();
});
