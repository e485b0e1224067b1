// Execution plans through supabase-js's explain(), served only when PGRST_DB_PLAN_ENABLED is on
// (PostgREST's db-plan-enabled), and refused with 406 PGRST107 otherwise, as on hosted Supabase.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RestStack, startRestStack } from "./fixture";
import { expectReplyLike } from "./reply";

let enabled: RestStack;
let disabled: RestStack;
beforeAll(async () => {
  [enabled, disabled] = await Promise.all([
    startRestStack({ PGRST_DB_PLAN_ENABLED: "true" }),
    startRestStack(),
  ]);
});
afterAll(() => Promise.all([enabled.stop(), disabled.stop()]));

describe("execution plans", () => {
  it("answers explain() with the text plan of the list query", async () => {
    const { data, error, status } = await enabled
      .client()
      .schema("api_test")
      .from("books")
      .select("id, title")
      .eq("author_id", 1)
      .explain();
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(String(data)).toMatch(/Aggregate/);
    expect(String(data)).toMatch(/books/);
  });

  it("answers explain({ format: 'json', analyze: true }) with the executed plan as JSON", async () => {
    const response = await fetch(`${enabled.rest}/books?select=id&author_id=eq.1`, {
      headers: {
        "Accept-Profile": "api_test",
        Accept: 'application/vnd.pgrst.plan+json; for="application/json"; options=analyze|verbose',
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      'application/vnd.pgrst.plan+json; for="application/json"; options=analyze|verbose; charset=utf-8',
    );
    const plan = (await response.json()) as { Plan: { "Actual Rows": number; Output: string[] } }[];
    expect(plan[0]?.Plan["Actual Rows"]).toBe(1);
    expect(Array.isArray(plan[0]?.Plan.Output)).toBe(true);
  });

  it("keeps a write's changes with analyze, as EXPLAIN ANALYZE runs the statement", async () => {
    const response = await fetch(`${enabled.rest}/items`, {
      method: "POST",
      headers: {
        "Content-Profile": "api_test",
        "Content-Type": "application/json",
        Accept: "application/vnd.pgrst.plan+json; options=analyze",
      },
      body: JSON.stringify({ id: 901, code: "plan" }),
    });
    expect(response.status).toBe(200);
    const [row] = await enabled.owner<
      { code: string }[]
    >`select code from api_test.items where id = 901`;
    expect(row?.code).toBe("plan");
  });

  it("refuses plans with 406 PGRST107 when they are not enabled", async () => {
    const response = await fetch(`${disabled.rest}/books?select=id`, {
      headers: { "Accept-Profile": "api_test", Accept: "application/vnd.pgrst.plan+text" },
    });
    await expectReplyLike(response, 406, { code: "PGRST107" });
  });
});
