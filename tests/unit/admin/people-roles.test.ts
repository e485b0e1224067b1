// Role changes are asked about in plain words, and only when the role really changes.
import { describe, expect, it } from "vitest";
import { adminMessages } from "../../../admin/src/i18n";
import {
  isRoleChange,
  roleChangeConsequence,
  roleChangeQuestion,
  roleLabels,
  roleOptions,
} from "../../../admin/src/resources/people/roles";
import { appRoles } from "../../../db/schema/profiles";
import { createI18nProvider } from "../../../supabase/client/i18n/provider";
import type { Params } from "../../../supabase/client/i18n/translate";

const { translate } = createI18nProvider("en", () => undefined, adminMessages);
const t = (key: string, params?: Params) => translate(key, params);
const frT = createI18nProvider("fr", () => undefined, adminMessages).translate;

describe("people roles", () => {
  it("ask with the right article for each role", () => {
    expect(roleChangeQuestion(t, "Ada Admin", "admin")).toBe("Make Ada Admin an admin?");
    expect(roleChangeQuestion(t, "Cleo", "team")).toBe("Make Cleo a team member?");
    expect(roleChangeQuestion(t, "Tomas", "client")).toBe("Make Tomas a client?");
    expect(roleChangeQuestion(frT, "Cleo", "team")).toBe("Faire de Cleo un membre de l’équipe ?");
  });

  it("count a change only when both roles are known and differ", () => {
    expect(isRoleChange("client", "team")).toBe(true);
    expect(isRoleChange("admin", "admin")).toBe(false);
    expect(isRoleChange(undefined, "admin")).toBe(false);
    expect(isRoleChange("client", undefined)).toBe(false);
  });

  it("label, offer and explain every database role", () => {
    expect(Object.keys(roleLabels(t)).sort()).toEqual([...appRoles].sort());
    expect(roleOptions(t).map((option) => option.value)).toEqual([...appRoles]);
    for (const role of appRoles) {
      expect(roleChangeConsequence(t, role)).toMatch(/\w/);
    }
  });
});
