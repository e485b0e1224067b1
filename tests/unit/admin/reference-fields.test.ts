// What an empty reference select says follows its schema: an optional reference reads as "none
// yet" and may be cleared, a required one asks to be chosen. The options' loading is stubbed: only
// the words are under test here.
import { insertProjectSchema } from "@db/validation/projects";
import { LocaleProvider } from "@supabase-client/i18n/locale-context";
import { Form } from "antd";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CompanyField, StaffField } from "../../../admin/src/components/form/reference-fields";
import { adminMessages } from "../../../admin/src/i18n";

vi.mock("../../../admin/src/components/form/use-staff-select", () => ({
  useStaffSelect: () => ({ selectProps: { options: [] } }),
}));
vi.mock("../../../admin/src/components/form/use-company-select", () => ({
  useCompanySelect: () => ({ selectProps: { options: [] } }),
}));

const shape = insertProjectSchema.shape;

afterEach(() => {
  vi.unstubAllGlobals();
});

function placeholder(language: string, field: ReactNode): string | undefined {
  // The LocaleProvider starts in the browser's language.
  vi.stubGlobal("navigator", { languages: [language] });
  const html = renderToStaticMarkup(
    createElement(LocaleProvider, {
      messages: adminMessages,
      // biome-ignore lint/correctness/noChildrenProp: LocaleProvider's props type requires children, which createElement's third argument does not satisfy for tsc
      children: createElement(Form, null, field),
    }),
  );
  return /ant-select-selection-placeholder[^>]*>([^<]*)</.exec(html)?.[1];
}

describe("a staff reference", () => {
  it("reads 'Nobody yet' while it is optional, as every one is today", () => {
    const manager = createElement(StaffField, {
      schema: shape.account_manager_id,
      name: "account_manager_id",
    });
    expect(placeholder("en-GB", manager)).toBe("Nobody yet");
    expect(placeholder("fr-FR", manager)).toBe("Personne pour l’instant");
  });

  it("asks for someone when the schema requires one", () => {
    // A required uuid like any other: the project's company.
    const required = createElement(StaffField, { schema: shape.company_id, name: "owner_id" });
    expect(placeholder("en-GB", required)).toBe("Choose someone from the team");
    expect(placeholder("fr-FR", required)).toBe("Choisissez un membre de l’équipe");
  });
});

describe("a company reference", () => {
  it("asks for a company when the schema requires one", () => {
    const company = createElement(CompanyField, { schema: shape.company_id, name: "company_id" });
    expect(placeholder("en-GB", company)).toBe("Choose a company");
  });
});
