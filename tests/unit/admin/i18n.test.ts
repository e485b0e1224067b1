// The admin's dictionaries: French has exactly English's keys, none empty, the same
// {placeholders}; and the admin's words are looked up before the shared ones, in the current
// language first.
import { createI18nProvider } from "@supabase-client/i18n/provider";
import { type Dictionary, leafPaths, lookUp } from "@supabase-client/i18n/translate";
import { describe, expect, it } from "vitest";
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
