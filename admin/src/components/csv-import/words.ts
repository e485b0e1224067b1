// The words an import speaks, handed to its pure parts (parsing, the kinds' messages) so they read
// in the admin's language on screen and in English in the unit tests.
import { useFieldTitle } from "@supabase-client/i18n/locale-context";
import { interpolate, lookUp, type Params } from "@supabase-client/i18n/translate";
import { type AdminKey, useAdminT } from "../../i18n";
import { adminEn } from "../../i18n/en";

export interface ImportWords {
  /** The admin's own words. */
  t: (key: AdminKey, params?: Params) => string;
  /** A db/validation field title ("Name", "Email") in the current language. */
  field: (title: string) => string;
}

/** English, outside any LocaleProvider. */
export const englishWords: ImportWords = {
  t: (key, params) => interpolate(lookUp(adminEn, key) ?? key, params),
  field: (title) => title,
};

/** The import's words in the current language. */
export function useImportWords(): ImportWords {
  const t = useAdminT();
  const field = useFieldTitle();
  return { t, field };
}
