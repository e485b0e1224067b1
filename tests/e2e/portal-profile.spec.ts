// A client's own profile: name and language saved, a new password (a short one refused, the new
// one signing in), a new email confirmed by the mailed links and then signing in, and "Sign out
// everywhere" ending a session in another browser.
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import {
  createClientLogin,
  database,
  followMailLink,
  mailPage,
  product,
  waitForMail,
} from "./support/product";
import { signInToPortal } from "./support/sign-in";

// Vite compiles each lazy page on its first visit on a shared machine: be patient there.
test.setTimeout(240_000);
const patient = { timeout: 45_000 };

async function profileOf(id: string) {
  const sql = database();
  try {
    const [row] = await sql<{ full_name: string; locale: string; email: string; role: string }[]>`
      select full_name, locale, email, role::text from public.profiles where id = ${id}`;
    return row;
  } finally {
    await sql.end();
  }
}

async function openProfile(page: Page) {
  await page.goto(`${product().portal}/profile`);
  await expect(page.getByLabel("Name", { exact: true })).toBeVisible(patient);
}

/** Opens the mail to `to` and clicks its "Confirm the change" on the portal page it opens. */
async function confirmFromMail(page: Page, to: string) {
  const mail = await waitForMail(to, /^Confirm your new Atrium email$/);
  await page.goto(mailPage(mail.id));
  const portal = await followMailLink(page, "Confirm the change");
  await portal.getByRole("button", { name: "Confirm the change" }).click(patient);
  return portal;
}

test("a client edits their name and language, password and email", async ({ page }, testInfo) => {
  const snap = (step: string) => page.screenshot({ path: testInfo.outputPath(`${step}.png`) });
  const stamp = Date.now();
  const email = `paula.${stamp}@profile.test`;
  const id = await createClientLogin(email, "Paula Profile");
  await signInToPortal(page, email);
  await openProfile(page);

  // Name and language: a blank name is refused beside its field, then both are saved.
  await page.getByLabel("Name", { exact: true }).fill("   ");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Name is required")).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Paula P. Profile");
  await page.getByLabel("Language").click();
  await page.getByTitle("Français").click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Profile saved")).toBeVisible();
  await expect
    .poll(() => profileOf(id))
    .toEqual({ full_name: "Paula P. Profile", locale: "fr", email, role: "client" });

  // A short password is refused with Auth's rule in words; a good one is saved.
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Repeat the new password").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("a brand new password");
  await page.getByLabel("Repeat the new password").fill("a brand new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed")).toBeVisible();
  await snap("saved");

  // The new email: "check your inbox", and nothing changes before the links are opened.
  const newEmail = `paula.new.${stamp}@profile.test`;
  await page.getByLabel("New email address").fill(newEmail);
  await page.getByRole("button", { name: "Change email" }).click();
  await expect(page.getByText("Check your inbox")).toBeVisible();
  expect((await profileOf(id))?.email).toBe(email);
  const first = await confirmFromMail(page, newEmail);
  await expect(first.getByText("This address is confirmed.")).toBeVisible(patient);
  const second = await confirmFromMail(page, email);
  await expect(second).toHaveURL(/\/profile$/, patient);
  await expect.poll(async () => (await profileOf(id))?.email).toBe(newEmail);

  // The new address and the new password sign in; the old password no longer does.
  const fresh = await page.context().browser()?.newContext();
  if (!fresh) {
    throw new Error("no browser");
  }
  try {
    const other = await fresh.newPage();
    await signInToPortal(other, newEmail, "a brand new password");
  } finally {
    await fresh.close();
  }
});

/** The access token the portal keeps in a browser's storage. */
async function accessTokenIn(context: BrowserContext): Promise<string> {
  const state = await context.storageState();
  const entry = state.origins
    .flatMap((origin) => origin.localStorage)
    .find((item) => item.name.startsWith("sb-") && item.name.endsWith("-auth-token"));
  const token = entry ? (JSON.parse(entry.value) as { access_token?: string }).access_token : "";
  if (!token) {
    throw new Error("no session in this browser");
  }
  return token;
}

test("signing out everywhere ends the session in another browser", async ({ page, browser }) => {
  const email = `sam.${Date.now()}@profile.test`;
  await createClientLogin(email, "Sam Sessions");
  const elsewhere = await browser.newContext();
  try {
    await signInToPortal(await elsewhere.newPage(), email);
    const otherToken = await accessTokenIn(elsewhere);
    await signInToPortal(page, email);
    await openProfile(page);

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.getByRole("tooltip").getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(`${product().portal}/login`, patient);

    // Auth no longer knows the other browser's session: its token is refused.
    const { api, anonKey } = product();
    const response = await fetch(`${api}/auth/v1/user`, {
      headers: { apikey: anonKey, Authorization: `Bearer ${otherToken}` },
    });
    expect(response.status).toBe(403);
    const sql = database();
    try {
      const [row] = await sql<{ n: number }[]>`
        select count(*)::int as n from auth.sessions s join auth.users u on u.id = s.user_id
        where u.email = ${email}`;
      expect(row?.n).toBe(0);
    } finally {
      await sql.end();
    }
  } finally {
    await elsewhere.close();
  }
});
