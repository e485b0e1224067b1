// One way to show a moment across the admin, in the reader's time zone.
import { DateField } from "@refinedev/antd";

export function DateTime({ value }: { value: string }) {
  return <DateField value={value} format="D MMM YYYY, HH:mm" />;
}

/** For a table column's `render`. */
export const dateTimeCell = (value: string) => <DateTime value={value} />;
