// Inside Refine: the signed-in person's `profiles.locale` sets the language; signed out, the
// browser's language applies again.
import { useGetIdentity } from "@refinedev/core";
import { useEffect } from "react";
import { useLocale } from "./locale-context";
import { browserLocale, isLocale } from "./locales";

/** Call once under `<Refine>`; identity is whatever the authProvider returns with a `locale`. */
export function useProfileLocale(): void {
  const { data: identity, isLoading } = useGetIdentity<{ locale?: string } | null>();
  const { setLocale } = useLocale();
  const profileLocale = identity?.locale;
  useEffect(() => {
    if (isLoading) {
      return;
    }
    setLocale(isLocale(profileLocale) ? profileLocale : browserLocale(navigator.languages));
  }, [isLoading, profileLocale, setLocale]);
}
