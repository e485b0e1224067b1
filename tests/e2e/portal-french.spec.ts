// The portal in French: a client whose profile says `fr` reads every page in French (dates
// included) and switches to English on their profile without a reload; a visitor whose browser
// is French gets the sign-in and sign-up pages in French.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../supabase/seed/demo-data";
import { createClientLogin, database, product } from "./support/product";

// Vite compiles each lazy page on its first visit on a shared machine: be patient there.
test.setTimeout(240_000);
const patient = { timeout: 45_000 };

/** A company of its own with one project on hold since 2 Dec 2026, and its French client. */
async function frenchClient(stamp: number) {
  const company = `Lumière ${stamp}`;
  const project = `Refonte ${stamp}`;
  const email = `camille.${stamp}@french.test`;
  const sql = database();
  try {
    await sql`insert into public.companies (name) values (${company})`;
    await sql`
      insert into public.projects (company_id, name, status, start_date, progress)
      select id, ${project}, 'on_hold', '2026-12-02', 40 from public.companies
      where name = ${company}`;
    await createClientLogin(email, "Camille Dupont", company);
    await sql`
      update public.profiles set locale = 'fr'
      where id = (select id from auth.users where email = ${email})`;
  } finally {
    await sql.end();
  }
  return { company, project, email };
}

test("a French client reads the portal in French and switches to English without a reload", async ({
  page,
}) => {
  const { company, project, email } = await frenchClient(Date.now());

  // Before sign-in this browser says English, so the sign-in page is English.
  await page.goto(`${product().portal}/login`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(`${product().portal}/`, patient);

  // The status page, once the profile's language is known.
  await expect(page.getByText("Bonjour, Camille Dupont")).toBeVisible(patient);
  await expect(page.getByText(`Vous suivez les projets de ${company}.`)).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  // A marker that a reload would wipe.
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });

  // The projects list: French headings, status and a date formatted by Intl for French.
  await page.getByRole("menuitem", { name: "Projets" }).click();
  await expect(page.getByText("Vos projets")).toBeVisible(patient);
  await expect(page.getByRole("columnheader", { name: "Avancement" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(project) });
  await expect(row.getByText("En pause")).toBeVisible();
  await expect(row.getByText("À partir du 2 déc. 2026")).toBeVisible();
  await expect(page).toHaveTitle("Projets · Atrium");

  // The profile, in French, then switched to English.
  await page.getByRole("menuitem", { name: "Profil" }).click();
  await expect(page.getByText("Connexion en deux étapes")).toBeVisible(patient);
  await expect(page.getByRole("button", { name: "Se déconnecter partout" })).toBeVisible();
  // antd draws the chosen value over its combobox input: open the select by its frame.
  await page
    .locator(".ant-select")
    .filter({ has: page.getByLabel("Langue") })
    .click();
  await page.locator(".ant-select-item-option", { hasText: "English" }).click();
  await page.getByRole("button", { name: "Enregistrer" }).click();

  await expect(page.getByText("Two-step sign-in")).toBeVisible(patient);
  await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Projects" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).toBe(true);

  // Saved on the profile: the next visit starts in English.
  const sql = database();
  try {
    const [profile] = await sql<{ locale: string }[]>`
      select p.locale from public.profiles p join auth.users u on u.id = p.id
      where u.email = ${email}`;
    expect(profile?.locale).toBe("en");
  } finally {
    await sql.end();
  }
  await page.getByRole("menuitem", { name: "Projects" }).click();
  await expect(
    page.getByRole("row", { name: new RegExp(project) }).getByText("From 2 Dec 2026"),
  ).toBeVisible(patient);
});

test("a visitor with a French browser gets the sign-in and sign-up pages in French", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    const page = await context.newPage();
    await page.goto(`${product().portal}/login`);
    await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible(patient);
    await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();
    await expect(page.getByLabel("Mot de passe")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");

    // A French validation message, from db/validation's English through the i18n layer.
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByText("L’adresse e-mail est obligatoire")).toBeVisible();

    await page.getByRole("link", { name: "Demander un accès" }).click();
    await expect(page.getByRole("heading", { name: "Demander un accès" })).toBeVisible(patient);
    await expect(page.getByLabel("Nom complet")).toBeVisible();
    await expect(page.getByLabel("E-mails en")).toHaveValue("fr");
  } finally {
    await context.close();
  }
});
