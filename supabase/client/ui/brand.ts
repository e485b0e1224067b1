// Atrium's colours, shared by both apps' antd themes and their plain-element (light) pages. Every
// text colour is at least 4.5:1 (WCAG AA) on white: the axe check in tests/e2e holds us to it.
import { theme } from "./theme";

export const brand = { primary: "#0958d9", border: "#e5e7eb", error: "#cf1322", muted: "#6b7280" };

/** antd's theme for both apps. */
export const antdTheme = theme;
