// A project's schedule in one phrase, in the reader's language; the days themselves are printed
// by the shared i18n layer (formatDay: a `date` column names a day, never shifted by a time zone).
import { formatDay } from "@supabase-client/i18n/format";
import type { Locale } from "@supabase-client/i18n/locales";
import type { Translator } from "@supabase-client/i18n/provider";

/**
 * From a project's optional start and due dates.
 * @example formatSchedule(t, "en", "2026-09-01", null) // "From 1 Sep 2026"
 */
export function formatSchedule(
  t: Translator,
  locale: Locale,
  start: string | null,
  due: string | null,
): string {
  if (start && due) {
    return t("portal.projects.range", {
      start: formatDay(locale, start),
      due: formatDay(locale, due),
    });
  }
  if (start) {
    return t("portal.projects.from", { day: formatDay(locale, start) });
  }
  if (due) {
    return t("portal.projects.due", { day: formatDay(locale, due) });
  }
  return t("portal.projects.notScheduled");
}
