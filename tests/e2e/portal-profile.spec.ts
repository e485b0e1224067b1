// A client's own profile: name and language saved (the greeting and the database follow), a new
// password (a short one refused; signed out, the old one is refused and the new one signs in), a
// new email confirmed by the mailed links, and "Sign out everywhere" ending a session in another
// browser. Each journey has its own client and moves through the portal's menu as a person does:
// every full page load re-runs the whole app, which takes seconds on a busy machine.
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../supabase/seed/demo-data";
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

async function accountOf(id: string) {
  const sql = database();
  try {
    const [row] = await sql<{ full_name: string; locale: string; email: string }[]>`
      select p.full_name, p.locale, u.email
      from public.profiles p join auth.users u on u.id = p.id where p.id = ${id}`;
    return row;
  } finally {
    await sql.end();
  }
}

/** A new client, signed in on their status page. */
async function signedInClient(page: Page, email: string, name: string): Promise<string> {
  const id = await createClientLogin(email, name);
  await signInToPortal(page, email);
  await expect(page.getByText(`Hello, ${name}`)).toBeVisible(patient);
  return id;
}

async function openProfile(page: Page) {
  await page.getByRole("link", { name: "Profile", exact: true }).click();
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

test("a client changes their name and language", async ({ page }) => {
  const id = await signedInClient(page, `paula.${Date.now()}@profile.test`, "Paula Profile");
  await openProfile(page);

  // A blank name is refused beside its field, then the name and the language are saved.
  await page.getByLabel("Name", { exact: true }).fill("   ");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Name is required")).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Paula P. Profile");
  // The chosen language covers the select's input (a click there never lands and waits out the
  // test): a person clicks the value shown, then the new one.
  await page.getByTitle("English", { exact: true }).click();
  await page.getByTitle("Français", { exact: true }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Profile saved")).toBeVisible();
  await expect
    .poll(async () => {
      const account = await accountOf(id);
      return [account?.full_name, account?.locale];
    })
    .toEqual(["Paula P. Profile", "fr"]);

  // The portal now speaks French: its menu and greeting follow the saved language.
  await page.getByRole("link", { name: "Statut", exact: true }).click();
  await expect(page.getByText("Bonjour, Paula P. Profile")).toBeVisible(patient);
});

test("a client changes their password and signs in with the new one only", async ({ page }) => {
  const email = `pete.${Date.now()}@profile.test`;
  await signedInClient(page, email, "Pete Password");
  await openProfile(page);

  // A short password is refused with Auth's rule in words; a good one is saved.
  const newPassword = "a brand new password";
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Repeat the new password").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Repeat the new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed")).toBeVisible();

  // Signed out, the old password is refused in words and the new one signs in.
  await page.getByRole("link", { name: "Status", exact: true }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/, patient);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email address or the password is wrong.")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("Password").fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Hello, Pete Password")).toBeVisible(patient);
});

test("a client changes their email once both mailed links are opened", async ({ page }) => {
  const stamp = Date.now();
  const email = `eve.${stamp}@profile.test`;
  const id = await signedInClient(page, email, "Eve Email");
  await openProfile(page);

  // "Check your inbox", and nothing changes before the links are opened.
  const newEmail = `eve.new.${stamp}@profile.test`;
  await page.getByLabel("New email address").fill(newEmail);
  await page.getByRole("button", { name: "Change email" }).click();
  await expect(page.getByText("Check your inbox")).toBeVisible();
  expect((await accountOf(id))?.email).toBe(email);
  // Secure email change: the new address confirms first, then the current one finishes it.
  const first = await confirmFromMail(page, newEmail);
  await expect(first.getByText("This address is confirmed.")).toBeVisible(patient);
  expect((await accountOf(id))?.email).toBe(email);
  const second = await confirmFromMail(page, email);
  await expect(second).toHaveURL(/\/profile$/, patient);
  await expect.poll(async () => (await accountOf(id))?.email).toBe(newEmail);
  await expect(second.getByText(`You sign in as ${newEmail}.`)).toBeVisible(patient);

  // The new address signs in from another browser.
  const fresh = await page.context().browser()?.newContext();
  if (!fresh) {
    throw new Error("no browser");
  }
  try {
    await signInToPortal(await fresh.newPage(), newEmail);
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
