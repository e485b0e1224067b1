// One way to show a moment across the admin, in the reader's time zone. Plain dayjs, so the
// first list page can use it without antd.
import dayjs from "dayjs";

export function DateTime({ value }: { value: string }) {
  return <span>{dayjs(value).format("D MMM YYYY, HH:mm")}</span>;
}

/** For a table column's `render`. */
export const dateTimeCell = (value: string) => <DateTime value={value} />;
