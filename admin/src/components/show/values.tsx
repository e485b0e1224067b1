// How an empty value, a day and a long text read on the admin's pages and in its tables: one
// grey dash for "nothing here", days as "4 Mar 2027", text with its own line breaks kept.
import { useFormat } from "@supabase-client/i18n/locale-context";
import { Typography } from "antd";
import type { ReactNode } from "react";

/** Shown where a value is missing. */
export const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** @example orDash(company.industry) // the industry, or the grey dash */
export function orDash(value: ReactNode): ReactNode {
  return value === null || value === undefined || value === "" ? dash : value;
}

/** A calendar day or a moment shown as its day, e.g. "4 Mar 2027"; a dash when there is none. */
export function Day({ value }: { value: string | null | undefined }) {
  const format = useFormat();
  if (!value) {
    return dash;
  }
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return <Typography.Text>{isDay ? format.day(value) : format.date(value)}</Typography.Text>;
}

/** Text typed with line breaks (a summary, a note, release notes), shown as typed. */
export function LongText({ value }: { value: string | null | undefined }) {
  return value ? (
    <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
      {value}
    </Typography.Paragraph>
  ) : (
    dash
  );
}
