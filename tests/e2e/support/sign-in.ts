// Signing in through each app's own form, as people do.
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../../supabase/seed/demo-data";
import { patient } from "./patience";
import { product } from "./product";
import { passSecondFactor } from "./second-factor";

/** Fills and sends the admin's sign-in form, whatever the outcome. */
export async function submitAdminLogin(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(product().admin);
  await expect(page).toHaveURL(/\/login/, patient);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Signs a staff member in to the admin: the password, then the authenticator code (or, for a
 * member without an app yet, adding one); it opens on the sign-up request queue.
 */
export async function signInToAdmin(page: Page, email: string, password = DEMO_PASSWORD) {
  await submitAdminLogin(page, email, password);
  await passSecondFactor(page, email);
  await expect(page.getByRole("heading", { name: "Sign-up requests" })).toBeVisible(patient);
}

/** Signs a client in to the portal; it opens on their status page. */
export async function signInToPortal(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${product().portal}/login`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${product().portal}/`, patient);
}
