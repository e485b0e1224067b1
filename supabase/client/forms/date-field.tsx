// A calendar day field: stored as `YYYY-MM-DD`, picked with antd's DatePicker. Apart from the
// other fields so that a form without dates does not load dayjs.
import { DatePicker } from "antd";
import type { Dayjs } from "dayjs";
import { toPickerDay, toStoredDay } from "./calendar-day";
import { type FieldProps, SchemaItem } from "./fields";

/** @example <DateField schema={shape.start_date} name="start_date" label="Start date" /> */
export function DateField(field: FieldProps) {
  return (
    <SchemaItem
      getValueProps={(value: string | null | undefined) => ({ value: toPickerDay(value) })}
      normalize={(day: Dayjs | null) => toStoredDay(day)}
      {...field}
    >
      <DatePicker style={{ width: "100%" }} />
    </SchemaItem>
  );
}
