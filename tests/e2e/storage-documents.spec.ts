// Project documents: an account manager uploads one internal and one client-visible file; the
// project's client sees and downloads only the client-visible one, a client of another company
// sees an empty list on their own project, and removing a file asks first.
import { expect, test } from "@playwright/test";
import { createCompanyProject } from "./support/company-project";
import { patient } from "./support/patience";
import { createClientLogin, database, product } from "./support/product";
import { signInToAdmin, signInToPortal } from "./support/sign-in";
import { createStaffLogin, downloadedSha256, sha256 } from "./support/storage-data";

test("a client downloads the client-visible document and never sees the internal one", async ({
  page,
  browser,
}) => {
  // Two sign-ins, two uploads, a download and a removal through Vite and the stack: ~45 s on a
  // quiet machine, several times that on a loaded one.
  test.setTimeout(300_000);
  const stamp = Date.now();
  const managerEmail = `mona.${stamp}@atrium.test`;
  const clientEmail = `cleo.${stamp}@docs.test`;
  const otherEmail = `otis.${stamp}@other.test`;
  const companyName = `Docs Ltd ${stamp}`;
  const otherCompany = `Other Ltd ${stamp}`;
  const sql = database();
  const managerId = await createStaffLogin(sql, managerEmail, "Mona Manager", "team");
  const { companyId, projectId } = await createCompanyProject(
    sql,
    companyName,
    `Intranet ${stamp}`,
    {
      accountManagerId: managerId,
    },
  );
  const other = await createCompanyProject(sql, otherCompany, `Shop ${stamp}`, {
    accountManagerId: managerId,
  });
  await createClientLogin(clientEmail, "Cleo Client", companyName);
  await createClientLogin(otherEmail, "Otis Other", otherCompany);
  const brief = Buffer.from(`%PDF-1.4 client brief ${stamp}\n`);
  const costs = Buffer.from(`%PDF-1.4 internal costing ${stamp}\n`);

  try {
    await signInToAdmin(page, managerEmail);
    await page.goto(`${product().admin}/projects/${projectId}`);
    const card = page.getByRole("region", { name: "Project documents" });
    await expect(card).toContainText("No documents yet.", patient);

    // antd hides the radio input under its button; the reader clicks the button's label.
    const upload = async (visibility: string, name: string, buffer: Buffer, shownAs: string) => {
      await card
        .locator("label")
        .filter({ hasText: new RegExp(`^${visibility}$`) })
        .click();
      await expect(card.getByRole("radio", { name: visibility })).toBeChecked();
      await card
        .locator('input[type="file"]')
        .setInputFiles({ name, mimeType: "application/pdf", buffer });
      await card.getByRole("button", { name: "Upload document" }).click();
      await expect(card.getByRole("row").filter({ hasText: name })).toContainText(shownAs, patient);
    };
    await upload("Team only", "costing.pdf", costs, "Internal");
    await upload("Shared with client", "brief.pdf", brief, "Client");

    const keys = await sql<{ name: string }[]>`
      select name from storage.objects
      where bucket_id = 'project-files' and name like ${`${companyId}/${projectId}/%`}
      order by name`;
    expect(keys.map((k) => k.name)).toEqual([
      `${companyId}/${projectId}/client/brief.pdf`,
      `${companyId}/${projectId}/internal/costing.pdf`,
    ]);

    const client = await browser.newPage();
    await signInToPortal(client, clientEmail);
    await client.goto(`${product().portal}/projects/${projectId}`);
    await expect(client.getByRole("button", { name: "Download brief.pdf" })).toBeVisible(patient);
    await expect(client.getByText("costing.pdf")).toHaveCount(0);
    const downloading = client.waitForEvent("download");
    await client.getByRole("button", { name: "Download brief.pdf" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("brief.pdf");
    expect(await downloadedSha256(download)).toBe(sha256(brief));
    await client.close();

    // Another company's client: their own project lists nothing, and an empty state says so.
    const outsider = await browser.newPage();
    await signInToPortal(outsider, otherEmail);
    await outsider.goto(`${product().portal}/projects/${other.projectId}`);
    await expect(outsider.getByText("No documents shared on this project yet.")).toBeVisible(
      patient,
    );
    await expect(outsider.getByText("brief.pdf")).toHaveCount(0);
    await outsider.close();

    // Removing asks first; cancelling keeps the file.
    const costingRow = card.getByRole("row").filter({ hasText: "costing.pdf" });
    await costingRow.getByRole("button", { name: "Remove" }).click();
    await page.getByRole("tooltip").getByRole("button", { name: "Cancel" }).click();
    await expect(costingRow).toBeVisible();
    await costingRow.getByRole("button", { name: "Remove" }).click();
    await page.getByRole("tooltip").getByRole("button", { name: "Remove" }).click();
    await expect(costingRow).toHaveCount(0, patient);
    const left = await sql<{ name: string }[]>`
      select name from storage.objects
      where bucket_id = 'project-files' and name like ${`${companyId}/${projectId}/%`}`;
    expect(left.map((k) => k.name)).toEqual([`${companyId}/${projectId}/client/brief.pdf`]);
  } finally {
    await sql.end();
  }
});
