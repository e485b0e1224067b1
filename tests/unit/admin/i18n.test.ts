// The admin's dictionaries: French has exactly English's keys, none empty, the same
// {placeholders}; and the admin's words are looked up before the shared ones, in the current
// language first.
import * as validation from "@db/validation";
import { slug } from "@db/validation/fields";
import { fieldLimits } from "@supabase-client/forms/schema-limits";
import { dictionaries } from "@supabase-client/i18n/messages";
import { createI18nProvider } from "@supabase-client/i18n/provider";
import { type Dictionary, leafPaths, lookUp } from "@supabase-client/i18n/translate";
import { fieldKeysOf, translateValidation } from "@supabase-client/i18n/validation-text";
import { describe, expect, it } from "vitest";
import { z } from "zod/v4";
import { adminMessages } from "../../../admin/src/i18n";

const en: Dictionary = adminMessages.en;
const fr: Dictionary = adminMessages.fr;

describe("the admin's dictionaries", () => {
  it("give French exactly the keys of English", () => {
    expect(leafPaths(fr).sort()).toEqual(leafPaths(en).sort());
  });

  it("leave no message empty in either language", () => {
    for (const dictionary of [en, fr]) {
      expect(leafPaths(dictionary).filter((key) => !lookUp(dictionary, key)?.trim())).toEqual([]);
    }
  });

  it("keep every {placeholder} of an English message in its French one", () => {
    const names = (text: string | undefined) =>
      [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = leafPaths(en).filter(
      (key) => names(lookUp(en, key)).join() !== names(lookUp(fr, key)).join(),
    );
    expect(differing).toEqual([]);
  });
});

describe("an app's own words", () => {
  const appWords = {
    en: { admin: { title: "Companies" }, common: { save: "Keep" } },
    fr: { admin: { title: "Entreprises" } },
  };

  it("are read first in the current language, then in English, then the shared words", () => {
    const french = createI18nProvider("fr", () => undefined, appWords);
    expect(french.translate("admin.title")).toBe("Entreprises");
    // French has no common.save of the app's own: the shared French one wins over app English.
    expect(french.translate("common.save")).toBe("Enregistrer");
    const english = createI18nProvider("en", () => undefined, appWords);
    expect(english.translate("common.save")).toBe("Keep");
    expect(english.translate("admin.missing", "Fallback")).toBe("Fallback");
  });
});

describe("the field names in the admin's validation messages", () => {
  const fields = fieldKeysOf(dictionaries.en, adminMessages.en);
  const french = createI18nProvider("fr", () => undefined, adminMessages).t;
  const english = createI18nProvider("en", () => undefined, adminMessages).t;
  const firstMessage = (result: { error?: z.ZodError | undefined }) =>
    result.error?.issues[0]?.message ?? "";

  it("name in French a field only the admin's forms show", () => {
    const subject = firstMessage(validation.updateEmailTemplateSchema.shape.subject.safeParse(""));
    expect(subject).toBe("Subject is required");
    expect(translateValidation(french, subject, fields)).toBe("Objet : champ obligatoire");
    expect(translateValidation(english, subject, fields)).toBe("Subject is required");
    const slugMessage = firstMessage(slug.safeParse(undefined));
    expect(translateValidation(french, slugMessage, fields)).toBe(
      "Identifiant : champ obligatoire",
    );
    // Without the admin's words, the shared layer knows only the shared titles.
    expect(translateValidation(french, subject)).toBe("Subject : champ obligatoire");
  });

  it("have a word for every title db/validation gives a field", () => {
    const titles = (Object.values(validation) as unknown[])
      .flatMap((schema) => (schema instanceof z.ZodObject ? Object.values(schema.shape) : []))
      .flatMap((field) => fieldLimits(field as z.ZodType).label ?? []);
    expect(titles.length).toBeGreaterThan(20);
    expect([...new Set(titles)].filter((title) => !fields.has(title))).toEqual([]);
  });
});
