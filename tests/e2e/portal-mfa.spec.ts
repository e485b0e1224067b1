// Two-step sign-in is optional for clients: a client turns it on from the portal's profile page
// (the test reads the manual key shown and computes codes with otplib), and from then on the
// portal asks for the app's code after the password before any signed-in page.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../supabase/seed/demo-data";
import { checkAccessibility } from "./support/axe";
import { codeAt, factorsOf, startAppSetup, wrongCode } from "./support/mfa-users";
import { createClientLogin, product } from "./support/product";

test("a client sets up an authenticator app, then signs in with its code", async ({ page }) => {
  test.slow();
  const { portal } = product();
  const email = `cora.${Date.now()}@example.com`;
  const userId = await createClientLogin(email, "Cora Client");

  // One step, as before: no factor yet.
  await page.goto(`${portal}/login`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${portal}/`);

  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page).toHaveURL(`${portal}/profile`);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Cora Client");
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText("Off: signing in asks only for your password.")).toBeVisible();
  await checkAccessibility(page, "portal profile");

  const secret = await startAppSetup(page, userId, "My phone", "Set up an authenticator app");
  await checkAccessibility(page, "portal profile, setting up an app");
  await page.getByLabel("Code from the app").fill(await codeAt(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("My phone is set up")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "My phone" })).toContainText("Active");
  expect((await factorsOf(userId)).map((factor) => factor.status)).toEqual(["verified"]);

  // Sign out from the status page, then the password alone stops at the code step.
  await page.getByRole("link", { name: "Status" }).click();
  await expect(page).toHaveURL(`${portal}/`);
  // Exactly: until the status page has drawn, the profile's "Sign out everywhere" is on screen.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(`${portal}/login`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${portal}/login/code`);
  const codeField = page.getByLabel("Code from your authenticator app");
  await expect(codeField).toBeVisible();
  await checkAccessibility(page, "portal code step");
  // No signed-in page opens before the code.
  await page.goto(`${portal}/profile`);
  await expect(page).toHaveURL(`${portal}/login/code`);
  await expect(codeField).toBeVisible();

  await codeField.fill(await wrongCode(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("Invalid TOTP code entered")).toBeVisible();
  // The enrollment spent the current code; the next step's is inside the skew window.
  await codeField.fill(await codeAt(secret, 30));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(`${portal}/`);
  await expect(page.getByText("Hello, Cora Client")).toBeVisible();

  // Removing the app turns two-step sign-in off again.
  await page.getByRole("link", { name: "Profile" }).click();
  await page.getByRole("button", { name: "Remove" }).click();
  await page.getByRole("tooltip").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("My phone removed")).toBeVisible();
  await expect(page.getByText("Off: signing in asks only for your password.")).toBeVisible();
  expect(await factorsOf(userId)).toEqual([]);
});
