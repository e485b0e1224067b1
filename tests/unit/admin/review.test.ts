// The admin offers exactly the moves the database's transition guard accepts.
import { describe, expect, it } from "vitest";
import { statusTabs } from "../../../admin/src/resources/signup-requests/review";
import { signupStatuses } from "../../../db/schema/signup-requests";
import {
  reviewActions,
  signupStatusLabels as statusLabels,
  targetStatus,
} from "../../../db/status/signup-requests";

describe("review actions", () => {
  it("follow pending → confirmed | rejected and confirmed → approved | rejected", () => {
    const moves = signupStatuses.flatMap((from) =>
      reviewActions(from).map((action) => `${from}→${targetStatus[action]}`),
    );
    expect(moves.sort()).toEqual([
      "confirmed→approved",
      "confirmed→rejected",
      "pending→confirmed",
      "pending→rejected",
    ]);
  });

  it("label every status and offer a tab for each, plus all", () => {
    expect(Object.keys(statusLabels).sort()).toEqual([...signupStatuses].sort());
    const tabs = statusTabs((_group, value) => statusLabels[value].label, "All");
    expect(tabs.map((tab) => tab.key).sort()).toEqual([...signupStatuses, "all"].sort());
  });
});
