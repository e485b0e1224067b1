// Dates as the portal prints them ("1 Sep 2026"): spelled out by hand so every browser shows the
// same text, whatever its locale data says about month abbreviations.

const monthNames = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/**
 * Prints a `date` column's value ("YYYY-MM-DD"); anything else is returned as it is.
 * @example formatDay("2026-09-01") // "1 Sep 2026"
 */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match ? monthNames[Number(match[2]) - 1] : undefined;
  if (!match || !month) {
    return day;
  }
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * Prints the calendar day of a `timestamptz` value as seen in `timeZone` (default: the
 * browser's), so an update posted late in the evening shows the day the reader lived it.
 * @example formatMoment("2026-11-01T09:00:00+00:00", "UTC") // "1 Nov 2026"
 */
export function formatMoment(timestamp: string, timeZone?: string): string {
  const moment = new Date(timestamp);
  if (Number.isNaN(moment.getTime())) {
    return timestamp;
  }
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? "";
  return formatDay(`${part("year")}-${part("month")}-${part("day")}`);
}

/**
 * A project's schedule in one phrase, from its optional start and due dates.
 * @example formatSchedule("2026-09-01", null) // "From 1 Sep 2026"
 */
export function formatSchedule(start: string | null, due: string | null): string {
  if (start && due) {
    return `${formatDay(start)} – ${formatDay(due)}`;
  }
  if (start) {
    return `From ${formatDay(start)}`;
  }
  if (due) {
    return `Due ${formatDay(due)}`;
  }
  return "Not scheduled yet";
}
