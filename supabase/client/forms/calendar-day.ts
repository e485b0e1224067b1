// Date columns hold calendar days as `YYYY-MM-DD` strings while antd's DatePicker works with
// dayjs values; these convert at the form's edge so the rest of the code sees only strings.
import dayjs, { type Dayjs } from "dayjs";

const dayFormat = "YYYY-MM-DD";

/**
 * A stored day as a DatePicker value; blank or malformed days become an empty picker.
 * @example toPickerDay("2026-05-10")?.date() // 10
 */
export function toPickerDay(value: string | null | undefined): Dayjs | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return null;
  }
  const day = dayjs(value, dayFormat);
  return day.isValid() && day.format(dayFormat) === value ? day : null;
}

/**
 * A DatePicker value as the day to store, in local time (the day the user clicked).
 * @example toStoredDay(dayjs("2026-05-10")) // "2026-05-10"
 */
export function toStoredDay(day: Dayjs | null | undefined): string | null {
  return day?.isValid() ? day.format(dayFormat) : null;
}
