// The admin in French, as a person gets it: a fresh staff member (so no demo login changes
// language under another test) picks "Français" in the header. `englishLeftOn` then lists the
// admin's English words still showing on a page: every visible text, label, placeholder and
// title that is exactly an English message whose French differs.
import { expect, type Page } from "@playwright/test";
import { adminEn } from "../../../admin/src/i18n/en";
import { adminFr } from "../../../admin/src/i18n/fr";
import { dictionaries } from "../../../supabase/client/i18n/messages";
import { type Dictionary, leafPaths, lookUp } from "../../../supabase/client/i18n/translate";
import { loginWithFactor } from "./mfa-users";
import { signInToAdmin } from "./sign-in";

// Placeholders that always hold a number: they match digits only, so "{count} new {noun}" is not
// taken for any sentence with " new " in it.
const numeric = new Set(["count", "total", "max", "current", "statusCode", "rating", "row"]);

/** A message as a whole-text pattern: `{name}` stands for any text, `{count}` for a number. */
function patternOf(message: string): RegExp {
  const source = message
    .split(/(\{\w+\})/)
    .map((part) => {
      const placeholder = /^\{(\w+)\}$/.exec(part)?.[1];
      if (placeholder) {
        return numeric.has(placeholder) ? "[\\d.,\\s\u00a0\u202f]+" : ".+";
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`);
}

const hasWords = (message: string) => /\p{L}/u.test(message.replace(/\{\w+\}/g, ""));

/** The English messages a French page must not show: those French words differently. */
function englishOnly(pairs: [Dictionary, Dictionary][]): RegExp[] {
  return pairs.flatMap(([en, fr]) =>
    leafPaths(en)
      .map((key) => [lookUp(en, key) ?? "", lookUp(fr, key) ?? ""] as const)
      // A message with no word of its own ("{first}; {second}") is punctuation around other
      // messages, which are checked themselves: as a pattern it would match any French text.
      .filter(([english, french]) => hasWords(english) && english !== french)
      .map(([english]) => patternOf(english)),
  );
}

const forbidden = englishOnly([
  [adminEn, adminFr],
  [dictionaries.en, dictionaries.fr],
]);

/**
 * Signs a new staff member in and switches the admin to French from the header.
 * @returns the new member's email.
 */
export async function signInInFrench(page: Page, role: "team" | "admin" = "admin") {
  const email = `french.${role}.${Date.now()}@atrium.test`;
  await loginWithFactor(role, email, "Camille Français");
  await signInToAdmin(page, email);
  await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("fr");
  await expect(page.getByRole("combobox", { name: "Langue", exact: true })).toBeVisible();
  return email;
}

/** The English words of the admin's dictionaries still visible on the page, once each. */
export async function englishLeftOn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const seen: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && parent.closest("script,style") === null && parent.checkVisibility()) {
        seen.push(node.textContent ?? "");
      }
    }
    // An antd icon's aria-label is its glyph's name ("project"), antd's and no dictionary's.
    const named = "[aria-label]:not(.anticon),[placeholder],[title]";
    for (const element of document.querySelectorAll(named)) {
      for (const name of ["aria-label", "placeholder", "title"]) {
        seen.push(element.getAttribute(name) ?? "");
      }
    }
    return seen.map((text) => text.trim()).filter((text) => text !== "");
  });
  return [...new Set(texts.filter((text) => forbidden.some((pattern) => pattern.test(text))))];
}
