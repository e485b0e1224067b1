// The admin's dictionaries for the LocaleProvider, and a translate typed to their keys. They are
// the admin's alone: the portal's bundle never carries them.
import { useI18nProvider } from "@supabase-client/i18n/locale-context";
import type { AppDictionaries } from "@supabase-client/i18n/provider";
import { interpolate, type LeafPath, lookUp, type Params } from "@supabase-client/i18n/translate";
import { useCallback } from "react";
import { adminEn } from "./en";
import { adminFr } from "./fr";

export const adminMessages: AppDictionaries = { en: adminEn, fr: adminFr };

/** A key of the admin's own dictionary: `"admin.companies.title"`, `"buttons.save"`. */
export type AdminKey = LeafPath<typeof adminEn>;

/**
 * The admin's words in the current language; the shared ones (statuses, validation, MFA) stay
 * with `useT()`.
 * @example const t = useAdminT(); t("admin.shell.signOut")
 */
export function useAdminT(): (key: AdminKey, params?: Params) => string {
  const { translate } = useI18nProvider();
  return useCallback((key: AdminKey, params?: Params) => translate(key, params), [translate]);
}

/**
 * The admin's English, for pure helpers called outside React (and their unit tests).
 * @example englishAdminT("admin.components.list.status") // "Status"
 */
export const englishAdminT = (key: AdminKey, params?: Params): string =>
  interpolate(lookUp(adminEn, key) ?? key, params);
