// The Overview's periods: whole local days, the last one today, sent as a half-open range.
import type { Period } from "@supabase-client/analytics/figures";
import dayjs, { type Dayjs } from "dayjs";

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

export const periodPresets = [
  { label: "Last 7 days", value: lastDays(7) },
  { label: "Last 30 days", value: lastDays(30) },
  { label: "Last 90 days", value: lastDays(90) },
];
