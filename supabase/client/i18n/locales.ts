// The languages both apps speak, and which one a browser asks for before anyone signs in.
import { type ProfileLocale, profileLocales } from "@db/schema/values";

/** A language of the apps: the same list a profile's `locale` may hold. */
export type Locale = ProfileLocale;

export const locales: readonly Locale[] = profileLocales;

/** @example isLocale("fr") // true */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * The browser's first language when the apps speak it (any `fr-*` reads French), else English.
 * @example browserLocale(["fr-CA", "en"]) // "fr"
 */
export function browserLocale(languages: readonly string[]): Locale {
  const first = languages[0]?.toLowerCase().split("-")[0];
  return isLocale(first) ? first : "en";
}
