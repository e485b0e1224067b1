// The admin's companies, CSV import, beta products, email templates, outbox, audit log and access
// matrix in French: a staff member who chose Français finds no English word of the dictionaries
// on their lists, pages, forms (with a check shown), confirmations, the CSV import's preview and
// Refine's notification of a save.
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { englishLeftOn, signInInFrench } from "./support/french-admin";
import { database, product } from "./support/product";

test.setTimeout(240_000);

// Vite compiles a page's modules on their first request: ask for this journey's once up front.
test.beforeAll(async () => {
  const pages = [
    "auth/mfa/code-page.tsx",
    "resources/companies/list.tsx",
    "resources/companies/show.tsx",
    "resources/beta/show.tsx",
  ];
  await Promise.all(pages.map((file) => fetch(`${product().admin}/src/${file}`)));
});

async function open(page: Page, path: string, french: string) {
  await page.goto(`${product().admin}${path}`);
  await expect(page.getByText(french, { exact: true }).first()).toBeVisible({ timeout: 60_000 });
}

/** Seeded names that happen to equal a dictionary word: data, not the admin's words. */
const seededNames = new Set(["Mobile app"]);

async function noEnglish(page: Page) {
  const left = await englishLeftOn(page);
  expect(left.filter((text) => !seededNames.has(text))).toEqual([]);
}

test("companies, their contacts and the CSV import read in French", async ({ page }) => {
  await signInInFrench(page, "team");

  await open(page, "/companies", "Responsable du compte");
  await expect(page.getByRole("button", { name: "Nouvelle entreprise" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Exporter en CSV" })).toBeVisible();
  await noEnglish(page);

  await page.getByRole("button", { name: "Importer un CSV" }).click();
  const dialog = page.getByRole("dialog", { name: "Importer des entreprises depuis un CSV" });
  await expect(dialog.getByText("Cliquez ou déposez un fichier CSV ici")).toBeVisible();
  await noEnglish(page);
  const csv = Papa.unparse([
    { Nom: "Prévisions Dupont", "Site web": `dupont-${Date.now()}.example.com`, Statut: "" },
    { Nom: " ", "Site web": "pas une adresse", Statut: "" },
  ]);
  await dialog.locator("input[type=file]").setInputFiles({
    name: "entreprises.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await expect(dialog.getByText("2 lignes trouvées.", { exact: false })).toBeVisible();
  await noEnglish(page);
  await dialog.getByRole("button", { name: "Vérifier les lignes" }).click();
  await expect(
    dialog.getByText("1 lignes sur 2 sont prêtes à être importées ; 1 seront ignorées."),
  ).toBeVisible();
  await expect(dialog.getByText("Nom : champ obligatoire", { exact: false })).toBeVisible();
  await noEnglish(page);
  await dialog.locator(".ant-modal-close").click();
  await expect(dialog).toHaveCount(0);

  await page.getByLabel("Rechercher des entreprises").fill("Northwind");
  await page.getByLabel("Rechercher des entreprises").press("Enter");
  await page
    .getByRole("row")
    .filter({ hasText: "Northwind Traders" })
    .getByRole("button")
    .first()
    .click();
  await expect(page.getByText("Projets", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("cell", { name: "A un accès" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "En cours" })).toBeVisible();
  await noEnglish(page);

  await page.getByRole("button", { name: "Ajouter un contact" }).click();
  const modal = page.getByRole("dialog", { name: "Ajouter un contact" });
  await modal.getByRole("button", { name: "Ajouter un contact" }).click();
  await expect(modal.getByText("Nom : champ obligatoire")).toBeVisible();
  await noEnglish(page);
});

test("a company saved in French is announced in French, naming the company in French", async ({
  page,
}) => {
  // A company of this test's own, so the demo data stays as other tests expect it.
  const sql = database();
  const name = `Société Martin ${Date.now()}`;
  const [company] = await sql<{ id: string }[]>`
    insert into public.companies (name) values (${name}) returning id`;
  try {
    await signInInFrench(page, "team");
    await open(page, `/companies/edit/${company?.id}`, "Secteur");
    await page.getByLabel("Secteur", { exact: true }).fill("Industrie");
    await page.getByRole("button", { name: /Enregistrer$/ }).click();
    // Refine's own notification: its headline and the sentence naming the resource.
    const notice = page.getByRole("alert").filter({ hasText: "Modification enregistrée" });
    await expect(notice.locator(".ant-notification-notice-message")).toHaveText("Réussi");
    await expect(notice.locator(".ant-notification-notice-description")).toHaveText(
      "Modification enregistrée (entreprise)",
    );
    await noEnglish(page);
  } finally {
    await sql`delete from public.companies where id = ${company?.id ?? null}`;
    await sql.end();
  }
});

test("beta products, templates, outbox, audit log and access matrix read in French", async ({
  page,
}) => {
  await signInInFrench(page, "admin");

  await open(page, "/products", "Nouveau produit");
  await noEnglish(page);
  await page.getByRole("link", { name: "Atrium Mobile" }).click();
  await expect(page.getByText("Codes d’invitation", { exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole("button", { name: "Donner l’accès" })).toBeVisible();
  await noEnglish(page);
  await page.getByRole("button", { name: "Publier" }).first().click();
  await expect(page.getByRole("tooltip")).toContainText("Publier");
  await expect(page.getByRole("tooltip")).toContainText("Toute personne ayant accès");
  await noEnglish(page);
  await page.keyboard.press("Escape");

  await open(page, "/products/create", "Nouveau produit");
  // Refine's Save button is the shell's to translate (buttons.save).
  await page.getByRole("button", { name: /(Save|Enregistrer)$/ }).click();
  await expect(page.getByText("Nom : champ obligatoire")).toBeVisible();
  // The slug is a field only the admin shows: its name comes from the admin's own words.
  await expect(page.getByText("Identifiant : champ obligatoire")).toBeVisible();
  await noEnglish(page);

  await open(page, "/email-templates", "Objet");
  await noEnglish(page);
  await page
    .getByRole("row")
    .filter({ hasText: "beta.granted" })
    .first()
    .getByRole("button")
    .first()
    .click();
  await expect(page.getByText("Aperçu avec des données d’exemple")).toBeVisible({
    timeout: 30_000,
  });
  await noEnglish(page);

  await open(page, "/email-outbox", "Boîte d’envoi");
  await expect(page.getByRole("combobox", { name: "Modèle" })).toBeVisible();
  await noEnglish(page);

  await open(page, "/audit-log", "Journal d’audit");
  await expect(page.getByRole("combobox", { name: "Table" })).toBeVisible();
  await noEnglish(page);

  await open(page, "/access-matrix", "Matrice d’accès");
  await expect(page.getByText("Aucun avertissement", { exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await noEnglish(page);
  // A cell's sentence is whole, so noEnglish cannot see an English reason inside it: read two.
  const projects = page.getByRole("row").filter({ hasText: /^public\.projects/ });
  await projects.getByLabel(/^anon select/).hover();
  await expect(page.getByRole("tooltip")).toHaveText(
    "anon select : refusé (anon n’a pas le droit select)",
  );
  const objects = page.getByRole("row").filter({ hasText: /^storage\.objects/ });
  await expect(
    objects.getByLabel(
      "anon select : certaines lignes (n’importe qui lit les objets de public-media par leur URL)",
      { exact: true },
    ),
  ).toBeVisible();
});
