// The Overview's funnel shows, step for step, what the database holds for the chosen period: the
// expected numbers are counted here in SQL from the events, not taken from the page's functions.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { database } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

const steps = [
  { label: "Visited the portal", event: "page.view" },
  { label: "Started sign-up", event: "signup.started" },
  { label: "Submitted sign-up", event: "signup.submitted" },
  { label: "Confirmed email", event: "email.confirmed" },
  { label: "Request approved", event: "request.approved" },
  { label: "First portal sign-in", event: "portal.login" },
] as const;

/** A local day `YYYY-MM-DD` as the browser's midnight, the way the page sends its period. */
const midnight = (day: string) => {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, date ?? 1);
};

test("the funnel's numbers are the events of the chosen period", async ({ page }) => {
  const sql = database();
  try {
    // Today's visitors of this run: three visit, two start, one submits.
    const run = randomUUID().slice(0, 8);
    for (const [event, visitors] of [
      ["page.view", ["a", "b", "c"]],
      ["signup.started", ["a", "b"]],
      ["signup.submitted", ["a"]],
    ] as const) {
      for (const visitor of visitors) {
        await sql`insert into analytics_events (event_type, anonymous_id)
                  values (${event}, ${`e2e-${run}-${visitor}`})`;
      }
    }

    await signInToAdmin(page, "team@atrium.test");
    await page.getByRole("menuitem", { name: "Overview" }).click();
    await expect(page.getByText("Sign-up funnel")).toBeVisible();
    const first = await page.getByPlaceholder("Start date").inputValue();
    const last = await page.getByPlaceholder("End date").inputValue();
    const start = midnight(first);
    const end = midnight(last);
    end.setDate(end.getDate() + 1);

    const people: number[] = [];
    for (const step of steps) {
      const [row] =
        step.event === "portal.login"
          ? await sql`select count(*)::int as n from (
                        select profile_id, min(occurred_at) as first_at from analytics_events
                        where event_type = 'portal.login' and profile_id is not null
                        group by profile_id) firsts
                      where first_at >= ${start} and first_at < ${end}`
          : await sql`select count(distinct coalesce(profile_id::text, anonymous_id, id::text))::int as n
                      from analytics_events
                      where event_type = ${step.event} and occurred_at >= ${start} and occurred_at < ${end}`;
      people.push(Number(row?.n));
    }
    expect(people[0]).toBeGreaterThanOrEqual(3);

    for (const [index, step] of steps.entries()) {
      const cells = page.getByRole("row", { name: step.label }).getByRole("cell");
      const count = people[index] ?? 0;
      const before = index > 0 ? (people[index - 1] ?? 0) : 0;
      const conversion = before > 0 ? `${Math.round((1000 * count) / before) / 10}%` : "—";
      await expect(cells.nth(1)).toHaveText(String(count));
      await expect(cells.nth(2)).toHaveText(conversion);
    }
  } finally {
    await sql.end();
  }
});
