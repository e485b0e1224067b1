// The antd theme both apps share: Atrium blue, with every text colour at least 4.5:1 (WCAG AA) on
// white and on antd's light tints. antd's defaults are not: #1677ff links, 45 % grey secondary
// text, #ff4d4f errors and the 7th shade of green, gold, orange, cyan and lime used by tags.
import type { ThemeConfig } from "antd";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: "#0958d9", // brand.primary in brand.ts
    // antd lightens these on hover; white text on a lighter blue or red falls below 4.5:1.
    colorPrimaryHover: "#003eb3",
    colorPrimaryActive: "#002c8c",
    colorLink: "#0958d9",
    colorLinkHover: "#003eb3",
    colorLinkActive: "#002c8c",
    colorError: "#cf1322",
    colorErrorHover: "#a8071a",
    colorErrorActive: "#820014",
    // Secondary and description text, optional marks, counters.
    colorTextTertiary: "rgba(0, 0, 0, 0.6)",
    colorTextDescription: "rgba(0, 0, 0, 0.6)",
    // A tag's text is the 7th shade of its colour on the 1st; these are one to two shades darker.
    green7: "#237804",
    gold7: "#874d00",
    orange7: "#ad4e00",
    cyan7: "#006d75",
    lime7: "#3f6600",
    volcano7: "#ad2102",
    yellow7: "#876800",
  },
  components: {
    // An empty table's message is grey "disabled" text (25 %), yet it is content to read.
    Table: { colorTextDisabled: "rgba(0, 0, 0, 0.6)" },
  },
};
