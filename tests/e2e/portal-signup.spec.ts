// A prospect requests access in the portal: the form explains what is wrong next to each field,
// the request is stored with what they told us, and the confirmation email leads to the status.
import { expect, test } from "@playwright/test";
import { database, followMailLink, mailPage, product, waitForMail } from "./support/product";

test("a prospect requests access, confirms the email and sees the request under review", async ({
  page,
}) => {
  const address = `lin.${Date.now()}@example.test`;
  await page.goto(`${product().portal}/login`);
  await page.getByRole("link", { name: "Request access" }).click();
  await expect(page).toHaveURL(/\/signup$/);
  // Where the visit came from is kept with the request.
  await page.goto(`${product().portal}/signup?utm_source=e2e&utm_campaign=launch&ref=x`);

  await page.getByRole("button", { name: "Request access" }).click();
  await expect(page.getByText("Full name is required")).toBeVisible();
  await expect(page.getByText("Company name is required")).toBeVisible();
  await expect(page.getByText("Email is required")).toBeVisible();

  await page.getByLabel("Full name").fill("Lin Wei");
  await page.getByLabel("Company").fill("Wei Robotics");
  await page.getByLabel("Email address").fill("lin@");
  await page.getByLabel("Password").fill("short");
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();

  await page.getByLabel("Email address").fill(address);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByLabel("What do you need?").selectOption("Mobile app");
  await page.getByLabel("Anything we should know?").fill("An app for our field teams.");
  await page.getByRole("button", { name: "Request access" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();
  await expect(page.getByText(`We sent a confirmation link and code to ${address}.`)).toBeVisible();

  // Auth allows one email a minute per address, and the page says so.
  await page.getByRole("button", { name: "Send the email again" }).click();
  await expect(page.getByText("Too many attempts. Wait a minute, then try again.")).toBeVisible();

  const sql = database();
  try {
    const [request] = await sql`
      select status::text, full_name, company_name, details, source, utm
      from public.signup_requests where email = ${address}`;
    expect(request).toEqual({
      status: "pending",
      full_name: "Lin Wei",
      company_name: "Wei Robotics",
      details: { project_type: "Mobile app", message: "An app for our field teams." },
      source: "portal",
      utm: { utm_source: "e2e", utm_campaign: "launch" },
    });
  } finally {
    await sql.end();
  }

  const mail = await waitForMail(address, /^Confirm your email for Atrium$/);
  await page.goto(mailPage(mail.id));
  const portal = await followMailLink(page, "Confirm my email");
  await portal.getByRole("button", { name: "Confirm my email" }).click();
  await expect(portal.getByText("Your email is confirmed.", { exact: true })).toBeVisible();
  await expect(portal.getByText("Hello, Lin Wei")).toBeVisible();
  await expect(portal.getByText("Under review")).toBeVisible();
  await expect(portal.getByText("Wei Robotics")).toBeVisible();
});
