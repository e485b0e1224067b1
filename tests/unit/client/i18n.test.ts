// The shared i18n layer: both languages hold the same keys, none empty, and the provider Refine
// gets translates, fills placeholders and puts db/validation's English in French.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { signInSchema } from "@db/validation/auth";
import { requiredText } from "@db/validation/fields";
import { formatBytes } from "@supabase-client/i18n/format";
import { browserLocale } from "@supabase-client/i18n/locales";
import { dictionaries } from "@supabase-client/i18n/messages";
import { createI18nProvider } from "@supabase-client/i18n/provider";
import { leafPaths, lookUp } from "@supabase-client/i18n/translate";
import { translateFieldTitle, translateValidation } from "@supabase-client/i18n/validation-text";
import { describe, expect, it } from "vitest";

const english = createI18nProvider("en", () => undefined);
const french = createI18nProvider("fr", () => undefined);

describe("the dictionaries", () => {
  it("give French exactly the keys of English", () => {
    expect(leafPaths(dictionaries.fr).sort()).toEqual(leafPaths(dictionaries.en).sort());
  });

  it("leave no message empty in either language", () => {
    for (const dictionary of [dictionaries.en, dictionaries.fr]) {
      const empty = leafPaths(dictionary).filter((key) => !lookUp(dictionary, key)?.trim());
      expect(empty).toEqual([]);
    }
  });

  it("keep every {placeholder} of an English message in its French one", () => {
    const names = (text: string | undefined) =>
      [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = leafPaths(dictionaries.en).filter(
      (key) =>
        names(lookUp(dictionaries.en, key)).join() !== names(lookUp(dictionaries.fr, key)).join(),
    );
    expect(differing).toEqual([]);
  });
});

describe("the i18nProvider", () => {
  it("translates a key and fills its placeholders", () => {
    expect(french.t("portal.status.hello", { name: "Ada" })).toBe("Bonjour, Ada");
    expect(english.t("portal.status.hello", { name: "Ada" })).toBe("Hello, Ada");
    expect(french.translate("portal.menu.projects")).toBe("Projets");
  });

  it("translates a status by its value", () => {
    expect(french.t("statuses.project.on_hold")).toBe("En pause");
    expect(english.t("statuses.project.on_hold")).toBe("On hold");
  });

  it("answers Refine's own keys with Refine's default text", () => {
    expect(french.translate("buttons.save", "Save")).toBe("Save");
    expect(french.translate("notifications.success", {}, "Successful")).toBe("Successful");
  });

  it("reports its language and hands a change to whoever keeps it", () => {
    const changes: string[] = [];
    const provider = createI18nProvider("en", (next) => changes.push(next));
    provider.changeLocale("fr");
    provider.changeLocale("de");
    expect(provider.getLocale()).toBe("en");
    expect(changes).toEqual(["fr"]);
  });
});

describe("db/validation's messages", () => {
  const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues[0]?.message ?? "";

  it("are put in French by template, field names included", () => {
    const tooLong = message(requiredText("Full name", 5).safeParse("abcdefgh"));
    expect(tooLong).toBe("Full name must be at most 5 characters");
    expect(translateValidation(french.t, tooLong)).toBe("Nom complet : 5 caractères au maximum");
    expect(translateValidation(french.t, message(requiredText("Full name").safeParse("")))).toBe(
      "Nom complet : champ obligatoire",
    );
    const badEmail = message(signInSchema.shape.email.safeParse("not-an-email"));
    expect(translateValidation(french.t, badEmail)).toBe("Saisissez une adresse e-mail valide");
  });

  it("stay as they are in English, and unknown ones pass through", () => {
    expect(translateValidation(english.t, "Email is required")).toBe("Email is required");
    expect(translateValidation(french.t, "Email is required")).toBe(
      "L’adresse e-mail est obligatoire",
    );
    expect(translateValidation(french.t, "Some server sentence")).toBe("Some server sentence");
    expect(translateFieldTitle(french.t, "Language")).toBe("Langue");
  });

  it("have a French template for every sentence db/validation writes itself", async () => {
    // The rules' own sentences (`error: "…"`), read from the source so a new one cannot slip by.
    const folder = path.resolve(import.meta.dirname, "../../../db/validation");
    const sources = await Promise.all(
      (await readdir(folder))
        .filter((file) => file.endsWith(".ts"))
        .map((file) => readFile(path.join(folder, file), "utf8")),
    );
    const sentences = [
      ...new Set(
        sources.flatMap((text) => [...text.matchAll(/error: "([^"]+)"/g)].map((m) => m[1])),
      ),
    ].filter((sentence): sentence is string => sentence !== undefined);
    expect(sentences.length).toBeGreaterThan(15);
    expect(
      sentences.filter((sentence) => translateValidation(french.t, sentence) === sentence),
    ).toEqual([]);
  });
});

describe("browserLocale", () => {
  it("reads French for any fr-* browser and English otherwise", () => {
    expect(browserLocale(["fr-FR"])).toBe("fr");
    expect(browserLocale(["en-US", "fr"])).toBe("en");
    expect(browserLocale([])).toBe("en");
  });
});

describe("formatBytes", () => {
  it("writes sizes in the reader's units, with a decimal only when not whole", () => {
    expect(formatBytes("en", 3 * 1024 * 1024)).toBe("3 MB");
    expect(formatBytes("en", 3 * 1024 * 1024 + 17)).toBe("3.0 MB");
    expect(formatBytes("fr", 1536)).toBe("1,5 Ko");
    expect(formatBytes("fr", 50 * 1024 * 1024 + 1)).toBe("50,0 Mo");
    expect(formatBytes("fr", 900)).toBe("900 octets");
  });
});
