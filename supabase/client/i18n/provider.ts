// Refine's i18nProvider over the apps' plain dictionaries: `translate` looks the key up in the
// current language (then English, then Refine's own default text), `changeLocale` hands the
// choice to whoever keeps the state (the LocaleProvider), `getLocale` reports it.
import type { I18nProvider } from "@refinedev/core";
import type { Locale } from "./locales";
import { dictionaries, type MessageKey } from "./messages";
import { type Dictionary, interpolate, lookUp, type Params } from "./translate";

/** A typed translate: only keys the English dictionary has, with their `{name}` values. */
export type Translator = (key: MessageKey, params?: Params) => string;

/** Refine's provider plus the typed translate the apps' own components call. */
export interface AppI18nProvider extends I18nProvider {
  t: Translator;
  getLocale: () => Locale;
}

/** One app's own words (the admin's), kept out of the other app's bundle. */
export type AppDictionaries = Readonly<Record<Locale, Dictionary>>;

/**
 * An app's own words are looked up first, then the shared ones, each in the current language and
 * then in English.
 * @example createI18nProvider("fr", setLocale).t("nav.projects") // "Projets"
 */
export function createI18nProvider(
  locale: Locale,
  onChange: (next: Locale) => void,
  appMessages?: AppDictionaries,
): AppI18nProvider {
  const messages: Dictionary = dictionaries[locale];
  const lookUpAll = (key: string) =>
    (appMessages && lookUp(appMessages[locale], key)) ??
    lookUp(messages, key) ??
    (appMessages && lookUp(appMessages.en, key)) ??
    lookUp(dictionaries.en, key);
  const translate = (key: string, options?: unknown, defaultMessage?: string): string => {
    // Refine's two overloads: (key, params, default) and (key, default).
    const params =
      typeof options === "object" && options !== null ? (options as Params) : undefined;
    const fallback = typeof options === "string" ? options : defaultMessage;
    const found = lookUpAll(key) ?? fallback ?? key;
    return interpolate(found, params);
  };
  return {
    translate,
    t: (key, params) => translate(key, params),
    changeLocale: (next: string) => {
      if (next === "en" || next === "fr") {
        onChange(next);
      }
    },
    getLocale: () => locale,
  };
}

/** English, for code that runs outside any LocaleProvider (and the default of shared helpers). */
export const englishT: Translator = createI18nProvider("en", () => undefined).t;
