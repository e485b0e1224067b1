// The admin's work screens in French: a staff member who picked Français reads the request queue
// and a request (with its approve and reject questions), the projects list, board, a project's
// page and its form (with a validation message), the CMS pages and their editor, people and
// invitations, the overview and their security page, with none of the dictionaries' English left.
import { expect, type Page, test } from "@playwright/test";
import { englishLeftOn, signInInFrench } from "./support/french-admin";
import { confirmedApplicant, database, product } from "./support/product";

test.setTimeout(240_000);

/** The id of any row of a seeded table (projects, pages). */
async function anyId(table: "projects" | "pages") {
  const sql = database();
  try {
    const [row] = await sql<
      { id: string }[]
    >`select id from ${sql("public")}.${sql(table)} limit 1`;
    if (!row) {
      throw new Error(`the demo data has no ${table}`);
    }
    return row.id;
  } finally {
    await sql.end();
  }
}

/** Opens an admin address and waits for a French word on it (the profile's language applies). */
async function visit(page: Page, path: string, french: RegExp | string) {
  await page.goto(`${product().admin}${path}`);
  await expect(page.getByText(french).first()).toBeVisible({ timeout: 45_000 });
}

/** Seeded names that happen to equal a dictionary word: data, not the admin's words. */
const drawnElsewhere = new Set([
  "Mobile app",
  "Beta programme",
  // The authenticator app signInInFrench sets up is named "Phone".
  "Phone",
]);

async function expectNoEnglish(page: Page) {
  await expect
    .poll(async () => (await englishLeftOn(page)).filter((text) => !drawnElsewhere.has(text)))
    .toEqual([]);
}

test("the request queue and a request read in French, approve and reject questions included", async ({
  page,
}) => {
  const company = `Société Lumière ${Date.now()}`;
  await confirmedApplicant(`lumiere.${Date.now()}@example.test`, "Léa Martin", company);
  await signInInFrench(page);

  await expect(page.getByRole("heading", { name: "Demandes d’inscription" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Toutes" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Envoyée le" })).toBeVisible();
  await expectNoEnglish(page);

  await page.getByLabel("Rechercher des demandes").fill(company);
  await page.getByLabel("Rechercher des demandes").press("Enter");
  await expect(page.getByRole("row").filter({ hasText: company })).toHaveCount(1);
  // Ticking the request offers the bulk decisions in French.
  await page.getByRole("row").filter({ hasText: company }).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Refuser la sélection" }).click();
  await expect(page.getByRole("alertdialog", { name: "Refuser 1 demande ?" })).toBeVisible();
  await expectNoEnglish(page);
  await page.getByRole("button", { name: "Annuler" }).click();

  await page.getByRole("button", { name: `Afficher ${company}` }).click();
  await expect(page.getByRole("heading", { name: company })).toBeVisible();
  await expect(page.getByText("E-mail confirmé")).toBeVisible();
  await expectNoEnglish(page);

  await page.getByRole("button", { name: "Approuver" }).click();
  await expect(page.getByText(`Approuver ${company} ?`)).toBeVisible();
  await expect(page.getByText("Léa Martin reçoit un e-mail de bienvenue")).toBeVisible();
  await expectNoEnglish(page);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Refuser", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Refuser ${company} ?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("Motif (facultatif, inclus dans l’e-mail)")).toBeVisible();
  await expectNoEnglish(page);
});

test("projects, the board, a project's page and its form read in French", async ({ page }) => {
  const projectId = await anyId("projects");
  await signInInFrench(page, "team");

  await visit(page, "/projects", "Tous les statuts");
  await expect(page.getByRole("columnheader", { name: "Chargé de compte" })).toBeVisible();
  await expectNoEnglish(page);

  await visit(page, "/projects/board", "Déplacer vers…");
  await expect(page.getByRole("region", { name: "Colonne En cours" })).toBeVisible();
  await expectNoEnglish(page);

  await visit(page, `/projects/${projectId}`, "Publier une mise à jour");
  await expect(page.getByText("Tâches", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Documents du projet" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ajouter la tâche" })).toBeVisible();
  await expectNoEnglish(page);

  await visit(page, `/projects/edit/${projectId}`, "Chargé de compte");
  await page.getByLabel("Nom", { exact: true }).fill("");
  await expect(page.getByText("Nom : champ obligatoire")).toBeVisible();
  await expect(page.getByText("Ce que le client voit de ce projet dans le portail.")).toBeVisible();
  await expectNoEnglish(page);
});

test("pages, people and invitations, the overview and security read in French", async ({
  page,
}) => {
  const pageId = await anyId("pages");
  await signInInFrench(page);

  await visit(page, "/pages", "Nouvelle page");
  await expect(page.getByRole("columnheader", { name: "Adresse" })).toBeVisible();
  await expectNoEnglish(page);

  await visit(page, `/pages/${pageId}`, "Versions");
  await expect(page.getByRole("link", { name: /Aperçu/ })).toBeVisible();
  await expectNoEnglish(page);

  await visit(page, `/pages/edit/${pageId}`, "Insérer une image");
  await page.getByRole("button", { name: "Insérer une image" }).click();
  await expect(page.getByRole("dialog", { name: "Médiathèque" })).toBeVisible();
  await expectNoEnglish(page);
  await page.keyboard.press("Escape");

  await visit(page, "/people", "Invitations en attente");
  await expect(page.getByRole("columnheader", { name: "Rôle" }).first()).toBeVisible();
  await expectNoEnglish(page);
  await page.getByRole("button", { name: "Inviter quelqu’un" }).click();
  await expect(page.getByRole("button", { name: "Envoyer l’invitation" })).toBeVisible();
  await expect(page.getByText("Le client voit les projets de cette entreprise")).toBeVisible();
  await expectNoEnglish(page);
  await page.keyboard.press("Escape");

  await visit(page, "/overview", "Demandes à examiner");
  // The analytics load in their own chunk, after the counts.
  await expect(page.getByRole("heading", { name: "Statistiques" })).toBeVisible({
    timeout: 45_000,
  });
  await expect(page.getByText("Projets par statut (maintenant)")).toBeVisible({ timeout: 45_000 });
  await expectNoEnglish(page);

  await visit(page, "/security", "Ajouter une application d’authentification");
  await expect(page.getByRole("columnheader", { name: "Ajoutée le" })).toBeVisible();
  await expectNoEnglish(page);
});
