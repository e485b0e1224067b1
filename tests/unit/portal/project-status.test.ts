// What a client reads for each project status.
import { projectStatuses } from "@db/schema/projects";
import { describe, expect, it } from "vitest";
import { describeProjectStatus } from "../../../db/status/projects";

describe("describeProjectStatus", () => {
  it("gives every status of the schema a label of its own", () => {
    const labels = projectStatuses.map((status) => describeProjectStatus({ status }).label);
    expect(labels).toEqual(["Not started", "In progress", "On hold", "Completed"]);
  });

  it("animates the bar of an active project and marks a completed one as a success", () => {
    expect(describeProjectStatus({ status: "active" })).toEqual({
      label: "In progress",
      color: "blue",
      progress: "active",
    });
    expect(describeProjectStatus({ status: "completed" }).progress).toBe("success");
    expect(describeProjectStatus({ status: "on_hold" }).progress).toBe("normal");
  });
});
