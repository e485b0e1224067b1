// antd's theme for the admin in each mode: the shared light theme, or antd's dark algorithm with
// the few tokens that keep text at 4.5:1 on its dark surfaces (the light theme's darker shades
// would sink into them).
import { antdTheme } from "@supabase-client/ui/brand";
import { type ThemeConfig, theme } from "antd";
import type { ThemeMode } from "./theme-store";

const darkTheme: ThemeConfig = {
  algorithm: theme.darkAlgorithm,
  token: {
    // White text on it stays above 4.5:1 (primary buttons); blue text uses the link colours.
    colorPrimary: "#1668dc",
    colorLink: "#69b1ff",
    colorLinkHover: "#91caff",
    colorLinkActive: "#4096ff",
    colorTextTertiary: "rgba(255, 255, 255, 0.65)",
    colorTextDescription: "rgba(255, 255, 255, 0.65)",
  },
  components: {
    Table: { colorTextDisabled: "rgba(255, 255, 255, 0.65)" },
  },
};

export const antdThemeOf = (mode: ThemeMode): ThemeConfig =>
  mode === "dark" ? darkTheme : antdTheme;
