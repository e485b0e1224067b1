// The admin's sign-up request queue, as the review journeys use it: finding a request by its
// company, opening it, and reading back the decision the database recorded.
import { expect, type Page } from "@playwright/test";
import { withDatabase } from "./product";

/** Searches the queue for `company` (the search runs on Enter). */
export async function searchRequests(page: Page, company: string) {
  await page.getByLabel("Search requests").fill(company);
  await page.getByLabel("Search requests").press("Enter");
}

/** Opens the one request of `company` from the queue; fails unless exactly one row matches. */
export async function openRequest(page: Page, company: string) {
  await searchRequests(page, company);
  const row = page.getByRole("row").filter({ hasText: company });
  await expect(row).toHaveCount(1);
  await row.getByRole("button").click();
  await expect(page.getByRole("heading", { name: company })).toBeVisible();
}

/**
 * The request of `address` as stored: its status, the reviewer's email and the rejection reason.
 * @example expect(await decisionOf(email)).toEqual({ status: "approved", reviewer, reason: null });
 */
export async function decisionOf(address: string) {
  const [row] = await withDatabase(
    (sql) => sql<{ status: string; reviewer: string | null; reason: string | null }[]>`
      select r.status::text as status, p.email as reviewer, r.rejection_reason as reason
      from public.signup_requests r left join public.profiles p on p.id = r.reviewed_by
      where r.email = ${address}`,
  );
  return row;
}
