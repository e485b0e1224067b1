// Every project status, update visibility and task status reads as a word with a colour.
import { describe, expect, it } from "vitest";
import { projectStatuses, taskStatuses, updateVisibilities } from "../../../db/schema/projects";
import {
  projectStatusLabels,
  projectStatusOptions,
  taskStatusLabels,
  visibilityLabels,
} from "../../../db/status/projects";

describe("project labels", () => {
  it("label every state the database allows, and nothing else", () => {
    expect(Object.keys(projectStatusLabels).sort()).toEqual([...projectStatuses].sort());
    expect(Object.keys(visibilityLabels).sort()).toEqual([...updateVisibilities].sort());
    expect(Object.keys(taskStatusLabels).sort()).toEqual([...taskStatuses].sort());
  });

  it("offer the statuses in the order a project moves through them", () => {
    expect(projectStatusOptions).toEqual([
      { value: "pending", label: "Not started" },
      { value: "active", label: "In progress" },
      { value: "on_hold", label: "On hold" },
      { value: "completed", label: "Completed" },
    ]);
  });

  it("tell an internal update apart from one the client sees", () => {
    expect(visibilityLabels.internal.label).toBe("Internal");
    expect(visibilityLabels.client.label).toBe("Client-visible");
    expect(visibilityLabels.client.color).not.toBe(visibilityLabels.internal.color);
  });
});
