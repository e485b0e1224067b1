// antd's own words (pagination, empty tables, date pickers, Popconfirm buttons) per language,
// for `<ConfigProvider locale>`; apart from the dictionaries so the light pages never load antd.
import enUS from "antd/locale/en_US";
import frFR from "antd/locale/fr_FR";
import type { Locale } from "./locales";

export const antdLocales = { en: enUS, fr: frFR } as const satisfies Record<Locale, unknown>;
