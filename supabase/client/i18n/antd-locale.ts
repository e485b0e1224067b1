// antd's own words (pagination, empty tables, date pickers, Popconfirm buttons) per language,
// for `<ConfigProvider locale>`; apart from the dictionaries so the light pages never load antd.
// The ESM files: the CommonJS ones reach Vite's dev server as { default }, and antd then shows no
// words at all (an unnamed "Expand row" button, an English Popconfirm on a French page).
import enUS from "antd/es/locale/en_US";
import frFR from "antd/es/locale/fr_FR";
import type { Locale } from "./locales";

export const antdLocales = { en: enUS, fr: frFR } as const satisfies Record<Locale, unknown>;
