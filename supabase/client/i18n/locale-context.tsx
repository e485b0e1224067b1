// The current language of an app, above its router: one state that Refine's i18nProvider, the
// light pages (drawn without Refine), antd's locale and `<html lang>` all read, so a change of
// language repaints every screen at once without a reload.
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { formatBytes, formatDate, formatDay, formatNumber } from "./format";
import { browserLocale, type Locale } from "./locales";
import { dictionaries, type MessageKey } from "./messages";
import {
  type AppDictionaries,
  type AppI18nProvider,
  createI18nProvider,
  type Translator,
} from "./provider";
import {
  type FieldKeys,
  fieldKeysOf,
  fieldNameKey,
  sharedFieldKeys,
  translateFieldTitle,
  translateValidation,
} from "./validation-text";

interface LocaleState {
  locale: Locale;
  setLocale: (next: Locale) => void;
  i18nProvider: AppI18nProvider;
  /** The field titles messages may name: the shared ones and the app's own. */
  fieldKeys: FieldKeys;
}

// Without a LocaleProvider (an app that has not adopted it yet) everything reads English.
const english = createI18nProvider("en", () => undefined);
const LocaleContext = createContext<LocaleState>({
  locale: "en",
  setLocale: () => undefined,
  i18nProvider: english,
  fieldKeys: sharedFieldKeys,
});

/**
 * Starts in the browser's language; the signed-in person's profile then sets it (useProfileLocale).
 * `messages` are the app's own words (the admin's), looked up before the shared ones.
 * @example <LocaleProvider><BrowserRouter>…</BrowserRouter></LocaleProvider>
 */
export function LocaleProvider({
  children,
  messages,
}: {
  children: ReactNode;
  messages?: AppDictionaries;
}) {
  const [locale, setLocale] = useState<Locale>(() => browserLocale(navigator.languages));
  const fieldKeys = useMemo(
    () => (messages ? fieldKeysOf(dictionaries.en, messages.en) : sharedFieldKeys),
    [messages],
  );
  const value = useMemo(
    () => ({
      locale,
      setLocale,
      i18nProvider: createI18nProvider(locale, setLocale, messages),
      fieldKeys,
    }),
    [locale, messages, fieldKeys],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The current language and its setter. */
export function useLocale(): Pick<LocaleState, "locale" | "setLocale"> {
  const { locale, setLocale } = useContext(LocaleContext);
  return { locale, setLocale };
}

/** The provider to hand to `<Refine i18nProvider>`: a new one on each change of language. */
export function useI18nProvider(): AppI18nProvider {
  return useContext(LocaleContext).i18nProvider;
}

/** @example const t = useT(); t("status.hello", { name }) */
export function useT(): Translator {
  return useContext(LocaleContext).i18nProvider.t;
}

/** db/validation's English messages in the current language (see validation-text.ts). */
export function useValidationText(): (message: string) => string {
  const { i18nProvider, fieldKeys } = useContext(LocaleContext);
  const { t } = i18nProvider;
  return useMemo(
    () => (message: string) => translateValidation(t, message, fieldKeys),
    [t, fieldKeys],
  );
}

/** Dates and numbers in the current language. */
export function useFormat() {
  const { locale } = useContext(LocaleContext);
  return useMemo(
    () => ({
      date: (value: string | Date, timeZone?: string) => formatDate(locale, value, timeZone),
      day: (day: string) => formatDay(locale, day),
      number: (value: number, options?: Intl.NumberFormatOptions) =>
        formatNumber(locale, value, options),
      bytes: (value: number) => formatBytes(locale, value),
    }),
    [locale],
  );
}

/** A db/validation field title (a schema's `title`) in the current language. */
export function useFieldTitle(): (title: string) => string {
  const { i18nProvider, fieldKeys } = useContext(LocaleContext);
  const { t } = i18nProvider;
  return useMemo(() => (title: string) => translateFieldTitle(t, title, fieldKeys), [t, fieldKeys]);
}

/**
 * The word for a field by its name in the form (`company_id`), or undefined when no dictionary
 * has one; see fieldNameKey.
 */
export function useFieldName(): (name: string) => string | undefined {
  const { i18nProvider, fieldKeys } = useContext(LocaleContext);
  const { t } = i18nProvider;
  return useMemo(
    () => (name: string) => {
      const key = fieldNameKey(name, fieldKeys);
      // An app's own key is not a shared MessageKey; the provider looks the app's words up first.
      return key ? t(key as MessageKey) : undefined;
    },
    [t, fieldKeys],
  );
}
