// A field whose schema carries no title (an enum, a reference, a date) is labelled by the app's
// word for its name, in the reader's language, so the admin's forms list fields without spelling
// out their labels; a label given as a prop still wins.
import { insertProjectSchema } from "@db/validation/projects";
import { SelectField } from "@supabase-client/forms/fields";
import { fieldLimits } from "@supabase-client/forms/schema-limits";
import { LocaleProvider } from "@supabase-client/i18n/locale-context";
import { dictionaries } from "@supabase-client/i18n/messages";
import { createI18nProvider } from "@supabase-client/i18n/provider";
import { fieldKeysOf, fieldNameKey } from "@supabase-client/i18n/validation-text";
import { Form } from "antd";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminMessages } from "../../../admin/src/i18n";

const keys = fieldKeysOf(dictionaries.en, adminMessages.en);
const shape = insertProjectSchema.shape;

describe("fieldNameKey", () => {
  it("finds the app's word for a snake_case field name", () => {
    expect(fieldNameKey("company_id", keys)).toBe("fields.companyId");
    expect(fieldNameKey("start_date", keys)).toBe("fields.startDate");
    expect(fieldNameKey("status", keys)).toBe("fields.status");
  });

  it("finds nothing for a name no dictionary has a word for", () => {
    expect(fieldNameKey("html", keys)).toBeUndefined();
    // The portal reads only the shared words: the admin's names mean nothing there.
    expect(fieldNameKey("company_id")).toBeUndefined();
  });

  it("names the untitled fields of the project form in both languages", () => {
    const french = createI18nProvider("fr", () => undefined, adminMessages).t;
    const english = createI18nProvider("en", () => undefined, adminMessages).t;
    const words = (t: typeof french) =>
      (
        [
          "company_id",
          "status",
          "account_manager_id",
          "start_date",
          "due_date",
          "progress",
        ] as const
      )
        .filter((name) => fieldLimits(shape[name]).label === undefined)
        .map((name) => t(fieldNameKey(name, keys) as "fields.name"));
    expect(words(english)).toEqual([
      "Company",
      "Status",
      "Account manager",
      "Start date",
      "Due date",
      "Progress (%)",
    ]);
    expect(words(french)).toEqual([
      "Entreprise",
      "Statut",
      "Chargé de compte",
      "Date de début",
      "Échéance",
      "Avancement (%)",
    ]);
  });
});

describe("a field without a schema title", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const render = (language: string, field: ReactNode, messages = adminMessages) => {
    // The LocaleProvider starts in the browser's language.
    vi.stubGlobal("navigator", { languages: [language] });
    return renderToStaticMarkup(
      // biome-ignore lint/correctness/noChildrenProp: LocaleProvider's props type requires children, which createElement's third argument does not satisfy for tsc
      createElement(LocaleProvider, { messages, children: createElement(Form, null, field) }),
    );
  };
  const label = (html: string) => /<label[^>]*>([^<]*)<\/label>/.exec(html)?.[1];

  it("is labelled by the app's word for its name, in the reader's language", () => {
    const status = createElement(SelectField, { schema: shape.status, name: "status" });
    expect(label(render("fr-FR", status))).toBe("Statut");
    expect(label(render("en-GB", status))).toBe("Status");
  });

  it("keeps a label given as a prop", () => {
    const status = createElement(SelectField, {
      schema: shape.status,
      name: "status",
      label: "State",
    });
    expect(label(render("fr-FR", status))).toBe("State");
  });

  it("goes without a label where the app has no word for it", () => {
    const status = createElement(SelectField, { schema: shape.status, name: "status" });
    expect(label(render("en-GB", status, { en: {}, fr: {} }))).toBeUndefined();
  });
});
