// A tester sends feedback on a beta build from the portal, with a screenshot, and sees it under
// the build; the team finds it in the admin under that build, narrows it with the filters and
// opens the screenshot through a signed URL.
import { expect, test } from "@playwright/test";
import { createClientLogin, database, product } from "./support/product";
import { signInToAdmin, signInToPortal } from "./support/sign-in";
import { betaProductModules, staffSignInModules, warmAdminModules } from "./support/warm-up";

test.beforeAll(() => warmAdminModules([...staffSignInModules, ...betaProductModules]));

const screenshot = {
  name: "checkout bug.png",
  mimeType: "image/png",
  // The PNG signature and a little more: storage checks the declared type, not the pixels.
  buffer: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
};

test("a client sends feedback with a screenshot and the team finds it in the admin", async ({
  page,
  browser,
}) => {
  // Two apps, two sign-ins (one with a second factor) and an upload: more than one page's time.
  test.slow();
  const stamp = Date.now();
  const email = `fiona.${stamp}@northwind.test`;
  const name = `Fiona Feedback ${stamp}`;
  const words = `The checkout button hides behind the keyboard (${stamp}).`;
  const sql = database();
  try {
    const userId = await createClientLogin(email, name, "Northwind Traders");
    await sql`
      insert into public.beta_access (product_id, profile_id)
      select id, ${userId} from public.products where slug = 'atrium-mobile'`;

    await signInToPortal(page, email);
    await page.goto(`${product().portal}/beta`);
    // The first visit builds the beta page's chunk in the dev server: allow for a busy machine.
    const open = page.getByRole("button", { name: "Send feedback on 0.9.0" });
    await expect(open).toBeVisible({ timeout: 60_000 });
    await open.click();
    const form = page.getByRole("form", { name: "Feedback on 0.9.0" });
    await form.getByRole("button", { name: "Send feedback" }).click();
    await expect(form).toContainText("Rate from 1 to 5");
    await expect(form).toContainText("Feedback is required");

    await form.getByText("4", { exact: true }).click();
    await form.getByLabel("Feedback", { exact: true }).fill(words);
    await form.locator("input[type=file]").setInputFiles(screenshot);
    await expect(form).toContainText("checkout bug.png");
    await form.getByRole("button", { name: "Send feedback" }).click();
    await expect(form).toHaveCount(0);
    // The small list under the build, not the build's own item that holds it.
    const mine = page.locator(".ant-list-sm .ant-list-item").filter({ hasText: words });
    await expect(mine).toContainText("Rated 4 / 5");
    await expect(mine.getByRole("button", { name: "View screenshot" })).toBeVisible();

    const [row] = await sql<{ rating: number; screenshot_path: string; stored: boolean }[]>`
      select f.rating, f.screenshot_path,
             exists (select 1 from storage.objects o
                     where o.bucket_id = 'beta-feedback' and o.name = f.screenshot_path) as stored
      from public.beta_feedback f where f.profile_id = ${userId}`;
    expect(row?.rating).toBe(4);
    expect(row?.stored).toBe(true);
    expect(row?.screenshot_path).toMatch(
      new RegExp(`^${userId}/[0-9a-f-]{36}/.+checkout-bug\\.png$`),
    );

    const admin = await browser.newPage();
    await signInToAdmin(admin, "team@atrium.test");
    await admin.getByRole("menuitem", { name: "Beta products" }).click();
    await admin.getByRole("link", { name: "Atrium Mobile" }).click();
    const build = admin.getByRole("row").filter({ hasText: "0.9.0" }).first();
    await build.getByRole("button", { name: "Expand row" }).click();
    const feedback = admin.getByRole("region", { name: "Feedback on 0.9.0" });
    const ours = feedback.getByRole("row").filter({ hasText: words });
    await expect(ours).toContainText(name);
    await expect(ours).toContainText("Northwind Traders");
    await expect(ours).toContainText("4 / 5");
    await admin.screenshot({ path: test.info().outputPath("admin-feedback.png") });

    // A rating nobody gave empties the table; the tester's rating and name narrow it to theirs.
    await feedback.getByRole("combobox", { name: "Rating" }).click();
    await admin.getByTitle("1 / 5").click();
    await expect(feedback).toContainText("No feedback matches these filters.");
    // The chosen rating now covers the box's input: a person clicks the value to change it.
    await feedback.getByTitle("1 / 5").click();
    await admin.getByTitle("4 / 5").click();
    await feedback.getByRole("combobox", { name: "Person" }).click();
    await admin.getByTitle(name).click();
    // The header row and the tester's one.
    await expect(feedback.getByRole("row")).toHaveCount(2);
    await expect(ours).toBeVisible();

    // The screenshot opens in a new tab through a signed URL that serves the stored bytes.
    const popup = admin.context().waitForEvent("page");
    await ours.getByRole("button", { name: "View screenshot" }).click();
    const opened = await popup;
    await opened.waitForLoadState();
    expect(opened.url()).toContain("/storage/v1/object/sign/beta-feedback/");
    const image = await opened.request.get(opened.url());
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(await image.body()).toEqual(screenshot.buffer);
    await admin.close();
  } finally {
    await sql.end();
  }
});
