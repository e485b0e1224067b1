// Keeps the theme choice and the signed-in person's profile in step: the profile's theme, once
// read, wins over this browser's cache (so a choice follows the person to a new browser), and a
// new choice is written to the profile (only its owner may: drizzle/0027_profile_theme_guard).
import type { Profile } from "@db/schema/profiles";
import { useGetIdentity, useOne, useUpdate } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { useEffect } from "react";
import { useAdminT } from "../../i18n";
import { isColorTheme, setThemeChoice } from "./theme-store";
import { useTheme } from "./use-theme";

type ThemeRow = Pick<Profile, "id" | "theme">;

/** @example const { choice, choose } = useProfileTheme(); choose("dark"); */
export function useProfileTheme() {
  const { choice, mode } = useTheme();
  const { data: identity } = useGetIdentity<Identity>();
  const id = identity?.id;
  const { result: profile } = useOne<ThemeRow>({
    resource: "profiles",
    id,
    meta: { select: "id, theme" },
    queryOptions: { enabled: Boolean(id) },
  });
  const { mutate } = useUpdate<ThemeRow>();
  const saved = profile?.theme;

  useEffect(() => {
    if (isColorTheme(saved)) {
      setThemeChoice(saved);
    }
  }, [saved]);

  const t = useAdminT();
  const choose = (theme: Profile["theme"]) => {
    setThemeChoice(theme);
    if (id) {
      mutate({
        resource: "profiles",
        id,
        values: { theme },
        meta: { select: "id, theme" },
        successNotification: false,
        errorNotification: { type: "error", message: t("admin.shell.theme.saveFailed") },
      });
    }
  };
  return { choice, mode, choose };
}
