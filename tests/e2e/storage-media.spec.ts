// A staff member uploads an image to the media library from the page form and inserts it: the
// body gets the image's public URL as markdown, and that URL serves the uploaded bytes.
import { expect, test } from "@playwright/test";
import { database, product } from "./support/product";
import { signInToAdmin } from "./support/sign-in";
import { createStaffLogin, sha256 } from "./support/storage-data";

/** A 1×1 transparent PNG. */
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

test("an image uploaded from the page form lands in the body as markdown", async ({ page }) => {
  const stamp = Date.now();
  const email = `mia.${stamp}@atrium.test`;
  const sql = database();
  try {
    await createStaffLogin(sql, email, "Mia Media", "admin");
  } finally {
    await sql.end();
  }
  await signInToAdmin(page, email);
  await page.goto(`${product().admin}/pages/create`);
  await page.getByLabel("Body").fill("Intro paragraph.");
  await page.getByRole("button", { name: "Insert image" }).click();
  const library = page.getByRole("dialog", { name: "Media library" });

  await library.locator('input[type="file"]').setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("not an image"),
  });
  await expect(library.getByRole("alert")).toContainText("notes.txt is a text/plain file");

  await library.locator('input[type="file"]').setInputFiles({
    name: `hero ${stamp}.png`,
    mimeType: "image/png",
    buffer: png,
  });
  await library.getByRole("button", { name: "Upload image" }).click();
  const insert = library.getByRole("button", {
    name: new RegExp(`^Insert .*hero-${stamp}\\.png$`),
  });
  await insert.click();
  await expect(library).toBeHidden();

  const body = await page.getByLabel("Body").inputValue();
  const match = /^Intro paragraph\.\n\n!\[[^\]]*hero \d+\]\((\S+)\)$/.exec(body);
  expect(match, body).not.toBeNull();
  const url = match?.[1] ?? "";
  expect(url).toContain("/storage/v1/object/public/public-media/");
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(sha256(png));
});
