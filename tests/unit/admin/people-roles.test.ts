// Role changes are asked about in plain words, and only when the role really changes.
import { describe, expect, it } from "vitest";
import {
  isRoleChange,
  roleChangeConsequence,
  roleChangeQuestion,
  roleLabels,
  roleOptions,
} from "../../../admin/src/resources/people/roles";
import { appRoles } from "../../../db/schema/profiles";

describe("people roles", () => {
  it("ask with the right article for each role", () => {
    expect(roleChangeQuestion("Ada Admin", "admin")).toBe("Make Ada Admin an admin?");
    expect(roleChangeQuestion("Cleo", "team")).toBe("Make Cleo a team member?");
    expect(roleChangeQuestion("Tomas", "client")).toBe("Make Tomas a client?");
  });

  it("count a change only when both roles are known and differ", () => {
    expect(isRoleChange("client", "team")).toBe(true);
    expect(isRoleChange("admin", "admin")).toBe(false);
    expect(isRoleChange(undefined, "admin")).toBe(false);
    expect(isRoleChange("client", undefined)).toBe(false);
  });

  it("label, offer and explain every database role", () => {
    expect(Object.keys(roleLabels).sort()).toEqual([...appRoles].sort());
    expect(roleOptions.map((option) => option.value)).toEqual([...appRoles]);
    for (const role of appRoles) {
      expect(roleChangeConsequence(role)).toMatch(/\w/);
    }
  });
});
