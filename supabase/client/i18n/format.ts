// Dates and numbers in the reader's language, through Intl: "2 Dec 2026" in English and
// "2 déc. 2026" in French.
import type { Locale } from "./locales";

/**
 * English keeps the day-month-year order the apps always printed ("1 Sep 2026") with the short
 * months every browser spells alike (en-US's), whatever its en-GB data says ("Sept").
 */
function dayMonthYear(locale: Locale, date: Date, timeZone?: string): string {
  if (locale === "fr") {
    return new Intl.DateTimeFormat("fr-FR", {
      timeZone,
      day: "numeric",
      month: "short",
      year: "numeric",
    }).format(date);
  }
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("day")} ${part("month")} ${part("year")}`;
}

/**
 * The calendar day of a moment (a `timestamptz` value or a Date) as seen in `timeZone`
 * (default: the browser's), so an update posted late in the evening shows the day the reader
 * lived it. Anything unreadable is returned as it is.
 * @example formatDate("fr", "2026-12-02T09:00:00Z", "UTC") // "2 déc. 2026"
 */
export function formatDate(locale: Locale, value: string | Date, timeZone?: string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    return String(value);
  }
  return dayMonthYear(locale, date, timeZone);
}

/**
 * A `date` column's value ("YYYY-MM-DD"), which names a day, not a moment: printed without any
 * time-zone shift. Anything else is returned as it is.
 * @example formatDay("en", "2026-09-01") // "1 Sep 2026"
 */
export function formatDay(locale: Locale, day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return day;
  }
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayMonthYear(locale, date, "UTC");
}

/**
 * A number with the language's separators.
 * @example formatNumber("fr", 1234.5) // "1 234,5" (with a narrow no-break space)
 */
export function formatNumber(
  locale: Locale,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-US", options).format(value);
}

const byteUnits: Record<Locale, readonly string[]> = {
  en: ["bytes", "KB", "MB", "GB"],
  fr: ["octets", "Ko", "Mo", "Go"],
};

/**
 * A file size in binary units: whole, or with one decimal when not whole.
 * @example formatBytes("fr", 1536) // "1,5 Ko"
 */
export function formatBytes(locale: Locale, bytes: number): string {
  const units = byteUnits[locale];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // A size just over a limit reads "50.0 MB", never the "50 MB" of the limit itself.
  const digits = unit === 0 || Number.isInteger(value) ? 0 : 1;
  const shown = formatNumber(locale, value, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${shown} ${units[unit]}`;
}
