// One way to show a moment across the admin, in the reader's time zone and language. Plain dayjs
// and Intl, so the first list page can use it without antd.
import { useLocale } from "@supabase-client/i18n/locale-context";
import dayjs from "dayjs";

const frenchDateTime = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "4 Mar 2027, 14:05" in English (as always), "4 mars 2027 à 14:05" in French. */
export function DateTime({ value }: { value: string }) {
  const { locale } = useLocale();
  return (
    <span>
      {locale === "fr"
        ? frenchDateTime.format(new Date(value))
        : dayjs(value).format("D MMM YYYY, HH:mm")}
    </span>
  );
}

/** For a table column's `render`. */
export const dateTimeCell = (value: string) => <DateTime value={value} />;
