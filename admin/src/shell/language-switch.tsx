// The header's language choice: applied at once, then kept in the person's profile so it follows
// them to another browser (useProfileLocale reads it back on sign-in).
import type { Profile } from "@db/schema/profiles";
import { type ProfileLocale, profileLocales } from "@db/schema/values";
import { useGetIdentity, useInvalidateAuthStore, useUpdate } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { useLocale, useT } from "@supabase-client/i18n/locale-context";
import { useAdminT } from "../i18n";
import { HeaderSelect } from "./header-select";

type LocaleRow = Pick<Profile, "id" | "locale">;

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const { data: identity } = useGetIdentity<Identity>();
  const { mutate } = useUpdate<LocaleRow>();
  const invalidateIdentity = useInvalidateAuthStore();
  const t = useAdminT();
  const shared = useT();
  // Each language named in its own words, whatever the page's language.
  const options = profileLocales.map((value) => ({ value, label: shared(`language.${value}`) }));

  const choose = (next: ProfileLocale) => {
    setLocale(next);
    if (identity?.id) {
      mutate(
        {
          resource: "profiles",
          id: identity.id,
          values: { locale: next },
          meta: { select: "id, locale" },
          successNotification: false,
          errorNotification: { type: "error", message: t("admin.shell.language.saveFailed") },
        },
        { onSuccess: () => void invalidateIdentity() },
      );
    }
  };
  return (
    <HeaderSelect
      label={t("admin.shell.language.label")}
      value={locale}
      options={options}
      onChange={choose}
    />
  );
}
