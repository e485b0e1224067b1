// A client's own profile: "Sign out everywhere" ends a session in another browser. (Name,
// language, password and email change are not proven in a browser yet: see the session note.)
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { createClientLogin, database, product } from "./support/product";
import { signInToPortal } from "./support/sign-in";

// Vite compiles each lazy page on its first visit on a shared machine: be patient there.
test.setTimeout(240_000);
const patient = { timeout: 45_000 };

async function openProfile(page: Page) {
  await page.goto(`${product().portal}/profile`);
  await expect(page.getByLabel("Name", { exact: true })).toBeVisible(patient);
}

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
