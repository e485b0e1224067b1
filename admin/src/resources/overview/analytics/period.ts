// The Overview's periods: whole local days, the last one today, sent as a half-open range.
import type { Period } from "@supabase-client/analytics/figures";
import dayjs, { type Dayjs } from "dayjs";
import type { useAdminT } from "../../../i18n";

/** The first and last day shown in the picker, both included. */
export type DayRange = [Dayjs, Dayjs];

/** @example lastDays(30) // the 30 days ending today */
export function lastDays(count: number, today: Dayjs = dayjs()): DayRange {
  return [today.startOf("day").subtract(count - 1, "day"), today.startOf("day")];
}

/** From the first day's midnight to the midnight after the last day. */
export function periodOf([first, last]: DayRange): Period {
  return {
    start: first.startOf("day").toISOString(),
    end: last.startOf("day").add(1, "day").toISOString(),
  };
}

/** The picker's shortcuts, named in the reader's language. */
export function periodPresets(t: ReturnType<typeof useAdminT>) {
  return [
    { label: t("admin.overview.analytics.last7"), value: lastDays(7) },
    { label: t("admin.overview.analytics.last30"), value: lastDays(30) },
    { label: t("admin.overview.analytics.last90"), value: lastDays(90) },
  ];
}
