// The admin's frame in French: once a staff member picks Français, the menu, the palette, a
// record's page, an edit form and the 404 page say the shell's and shared components' words in
// French, with no English word of the dictionaries left; and a browser set to French gets the sign-in page in French before
// anyone has chosen a language, then the code step in the French the profile keeps.
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../supabase/seed/demo-data";
import { englishLeftOn, signInInFrench } from "./support/french-admin";
import { loginWithFactor } from "./support/mfa-users";
import { database, product } from "./support/product";

test.setTimeout(180_000);

/** The dictionaries' English words on the page, but the demo's seeded names ("Mobile app"). */
async function shellEnglishLeftOn(page: Page) {
  const left = await englishLeftOn(page);
  return left.filter((text) => text !== "Mobile app");
}

async function speakFrench(email: string) {
  const sql = database();
  try {
    await sql`
      update public.profiles set locale = 'fr'
      where id = (select id from auth.users where email = ${email})`;
  } finally {
    await sql.end();
  }
}

test("the shell, the palette, a record's page, its edit form and the 404 page speak French", async ({
  page,
}) => {
  await signInInFrench(page);
  const menu = page.getByRole("menu", { name: "Rubriques" });
  await expect(menu.getByRole("menuitem", { name: "Demandes d’inscription" })).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "Entreprises" })).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "Se déconnecter" })).toBeVisible();
  await expect(page).toHaveTitle("Demandes d’inscription · Atrium admin");
  expect(await shellEnglishLeftOn(page)).toEqual([]);

  await page.getByRole("button", { name: "Rechercher…" }).click();
  const palette = page.getByRole("dialog", { name: "Palette de commandes" });
  await expect(palette.getByRole("combobox", { name: "Trouver une fiche" })).toBeVisible();
  await expect(palette.getByText("Aller à Entreprises")).toBeVisible();
  await expect(palette.getByText("Nouvelle entreprise")).toBeVisible();
  expect(await shellEnglishLeftOn(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();

  await menu.getByRole("menuitem", { name: "Entreprises" }).click();
  await expect(page.getByRole("heading", { name: "Entreprises" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Statut" })).toBeVisible();
  // Other specs add a thousand companies: find Northwind by name, as a person would.
  await page.getByLabel("Rechercher des entreprises").fill("Northwind");
  await page.getByLabel("Rechercher des entreprises").press("Enter");
  // The row's first button opens the company's page (an icon alone, as on every list).
  await page
    .getByRole("row", { name: /Northwind Traders/ })
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Northwind Traders" })).toBeVisible();
  await expect(page.getByText("Historique")).toBeVisible();
  await expect(page.getByText("Notes", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ajouter la note" })).toBeVisible();
  expect(await shellEnglishLeftOn(page)).toEqual([]);

  await page.getByRole("button", { name: "Modifier" }).first().click();
  await expect(page).toHaveURL(/\/companies\/edit\//);
  await expect(page.getByRole("button", { name: "Enregistrer" })).toBeVisible();
  expect(await shellEnglishLeftOn(page)).toEqual([]);

  await page.goto(`${product().admin}/nowhere-at-all`);
  await expect(page.getByRole("heading", { name: "Cette page n’existe pas." })).toBeVisible({
    timeout: 45_000,
  });
  expect(await englishLeftOn(page)).toEqual([]);
});

test.describe("a browser set to French", () => {
  test.use({ locale: "fr-FR" });

  test("gets the sign-in and the authenticator-code pages in French", async ({ page }) => {
    const email = `french.code.${Date.now()}@atrium.test`;
    await loginWithFactor("team", email, "Léa Code");
    // Signed in, the profile's language rules (English by default): this person chose French.
    await speakFrench(email);
    await page.goto(product().admin);
    await expect(page).toHaveURL(/\/login/);
    await expect(
      page.getByRole("heading", { name: "Connectez-vous à votre compte" }),
    ).toBeVisible();
    expect(await englishLeftOn(page)).toEqual([]);

    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("heading", { name: "Connexion en deux étapes" })).toBeVisible({
      timeout: 45_000,
    });
    await expect(
      page.getByLabel("Saisissez le code de votre application d’authentification"),
    ).toBeVisible();
    expect(await englishLeftOn(page)).toEqual([]);
  });
});
