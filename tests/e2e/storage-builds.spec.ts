// An admin uploads a beta build (checked before upload, with progress) and the granted client
// downloads the very same bytes from the portal through a short-lived signed URL.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createClientLogin, database, product } from "./support/product";
import { signInToAdmin, signInToPortal } from "./support/sign-in";
import { createStaffLogin, downloadedSha256, sha256 } from "./support/storage-data";

test("an admin uploads a build and the granted client downloads the same bytes", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const adminEmail = `ada.${stamp}@atrium.test`;
  const clientEmail = `gus.${stamp}@tester.test`;
  const name = `Atrium Tablet ${stamp}`;
  const sql = database();
  const [created] = await sql<{ id: string }[]>`
    insert into public.products (slug, name, description, status)
    values (${`atrium-tablet-${stamp}`}, ${name}, 'Projects on a big screen.', 'beta')
    returning id`;
  const productId = created?.id ?? "";
  try {
    await createStaffLogin(sql, adminEmail, "Ada Admin", "admin");
    const clientId = await createClientLogin(clientEmail, "Gus Granted");
    await sql`insert into public.beta_access (product_id, profile_id) values (${productId}, ${clientId})`;

    await signInToAdmin(page, adminEmail);
    await page.goto(`${product().admin}/products/${productId}`);
    await expect(page.getByRole("heading", { name })).toBeVisible();
    const form = page.getByRole("form", { name: "Upload a build" });
    await form.getByLabel("Build", { exact: true }).fill("1.0.0");
    await form.getByLabel("Notes for testers").fill("First tablet build.");

    // A type the bucket refuses is turned down before anything is sent.
    await form.locator('input[type="file"]').setInputFiles({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("not a build"),
    });
    await expect(form.getByRole("alert")).toContainText("notes.txt is a text/plain file");
    await expect(form.getByRole("button", { name: "Upload build" })).toBeDisabled();

    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    await form.locator('input[type="file"]').setInputFiles({
      name: "atrium-tablet.apk",
      mimeType: "application/vnd.android.package-archive",
      buffer: bytes,
    });
    await expect(form).toContainText("atrium-tablet.apk (3.0 MB)");
    await form.getByRole("button", { name: "Upload build" }).click();
    await expect(page.getByText("Build 1.0.0 uploaded, not published yet")).toBeVisible();
    const key = `${productId}/1.0.0/atrium-tablet.apk`;
    const [row] = await sql<{ storage_path: string | null; release_notes: string | null }[]>`
      select storage_path, release_notes from public.beta_builds
      where product_id = ${productId} and version = '1.0.0'`;
    expect(row).toEqual({ storage_path: key, release_notes: "First tablet build." });
    const [object] = await sql<{ size: string }[]>`
      select metadata->>'size' as size from storage.objects
      where bucket_id = 'beta-builds' and name = ${key}`;
    expect(Number(object?.size)).toBe(bytes.length);

    const build = page.getByRole("row").filter({ hasText: "1.0.0" });
    await build.getByRole("button", { name: "Publish" }).click();
    await page.getByRole("tooltip").getByRole("button", { name: "Publish" }).click();
    await expect(build).toContainText("Published");

    const portal = await browser.newPage();
    await signInToPortal(portal, clientEmail);
    await portal.getByRole("link", { name: "Beta" }).click();
    const downloading = portal.waitForEvent("download");
    await portal.getByRole("button", { name: "Download 1.0.0 (atrium-tablet.apk)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("atrium-tablet.apk");
    expect(download.url()).toContain("/storage/v1/object/sign/beta-builds/");
    expect(await downloadedSha256(download)).toBe(sha256(bytes));
    await portal.close();
  } finally {
    await sql`delete from public.products where id = ${productId}`;
    await sql.end();
  }
});
