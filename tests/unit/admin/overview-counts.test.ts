// What each overview number counts, and where its link goes.
import { describe, expect, it } from "vitest";
import { overviewCounts } from "../../../admin/src/resources/overview/counts";

describe("overviewCounts", () => {
  it("counts overdue projects as not completed and due before today", () => {
    const overdue = overviewCounts("2026-11-26").find((count) => count.key === "overdue-projects");
    expect(overdue).toMatchObject({
      resource: "projects",
      link: "/projects",
      filters: [
        { field: "status", operator: "ne", value: "completed" },
        { field: "due_date", operator: "lt", value: "2026-11-26" },
      ],
    });
  });

  it("links each number to the list of its own table", () => {
    for (const count of overviewCounts("2026-11-26")) {
      expect(count.link).toBe(`/${count.resource.replace("_", "-")}`);
    }
  });
});
