// The team's work on sign-up requests in the admin: only staff get in; a confirmed request is
// approved or rejected after a confirmation step, the database records who decided, and the
// applicant is emailed (with the reason, when one is given).
import { expect, test } from "@playwright/test";
import { confirmedApplicant, product, waitForMail, withDatabase } from "./support/product";
import { signInToAdmin, submitAdminLogin } from "./support/sign-in";
import { decisionOf, openRequest } from "./support/sign-up-requests";

test("a client cannot sign in to the admin", async ({ page }) => {
  await submitAdminLogin(page, "clara@northwind.test");
  await expect(page.getByText("This account cannot sign in here")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("the team approves a confirmed request and the client gets the welcome email", async ({
  page,
}) => {
  const address = `noor.${Date.now()}@example.test`;
  const company = `Noor Analytics ${Date.now()}`;
  await confirmedApplicant(address, "Noor Haddad", company);

  await signInToAdmin(page, "team@atrium.test");
  await expect(page.getByRole("heading", { name: "Sign-up requests" })).toBeVisible();
  // The queue opens on requests to review, and this one is in it.
  await expect(page.getByRole("row").filter({ hasText: company })).toHaveCount(1);
  await openRequest(page, company);

  // The reviewer leaves a note for the team on the request.
  await page.getByLabel("New note").fill("Met them at the fair; good fit.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Met them at the fair; good fit.")).toBeVisible();
  const notes = await withDatabase(
    (sql) => sql`
      select n.body, p.email as author from public.notes n
      join public.signup_requests r on r.id = n.signup_request_id
      join public.profiles p on p.id = n.author_id
      where r.email = ${address}`,
  );
  expect(notes).toEqual([{ body: "Met them at the fair; good fit.", author: "team@atrium.test" }]);

  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText(`Approve ${company}?`)).toBeVisible();
  expect((await decisionOf(address))?.status).toBe("confirmed");
  await page.getByRole("tooltip").getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Request approved: the client has been emailed")).toBeVisible();
  await expect(page.getByText("by Tomas Team")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);

  expect(await decisionOf(address)).toEqual({
    status: "approved",
    reviewer: "team@atrium.test",
    reason: null,
  });
  const welcome = await waitForMail(address, /^Welcome to Atrium/);
  expect(welcome.text).toContain(product().portal);
});

test("rejecting with a reason emails the reason", async ({ page }) => {
  const address = `omar.${Date.now()}@example.test`;
  const company = `Omar Trading ${Date.now()}`;
  await confirmedApplicant(address, "Omar Said", company);

  await signInToAdmin(page, "admin@atrium.test");
  await openRequest(page, company);
  await page.getByRole("button", { name: "Reject" }).click();
  const dialog = page.getByRole("dialog", { name: `Reject ${company}?` });
  await dialog
    .getByLabel("Reason (optional, included in the email)")
    .fill("We only take EU clients.");
  // Cancelling changes nothing.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect((await decisionOf(address))?.status).toBe("confirmed");

  await page.getByRole("button", { name: "Reject" }).click();
  await page
    .getByRole("dialog", { name: `Reject ${company}?` })
    .getByLabel("Reason (optional, included in the email)")
    .fill("We only take EU clients.");
  await page.getByRole("dialog").getByRole("button", { name: "Reject" }).click();
  await expect(page.getByText("Request rejected: the applicant has been emailed")).toBeVisible();
  await expect(page.getByText("We only take EU clients.")).toBeVisible();

  expect(await decisionOf(address)).toEqual({
    status: "rejected",
    reviewer: "admin@atrium.test",
    reason: "We only take EU clients.",
  });
  const mail = await waitForMail(address, /^About your Atrium request$/);
  expect(mail.text).toContain("We only take EU clients.");
});
