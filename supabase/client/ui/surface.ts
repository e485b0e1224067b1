// The colours of the plain-element (light) pages, as CSS variables with the light value as their
// fallback: an app that sets no variable looks as before, and an app in dark mode sets them all
// on <html> at once (`surfaceVariables("dark")`), so no plain component keeps a white of its own.
// Every text colour is at least 4.5:1 (WCAG AA) on the backgrounds of its own mode.
import type { CSSProperties } from "react";

const light = {
  text: "rgba(0,0,0,0.88)",
  muted: "rgba(0,0,0,0.6)",
  /** Cards, the header and the side menu. */
  container: "#fff",
  /** Behind the cards. */
  page: "#f5f5f5",
  /** Table heads, code, the unselected part of a segmented control. */
  subtle: "#fafafa",
  segmented: "#e9e9e9",
  line: "#f0f0f0",
  controlLine: "#d9d9d9",
  selected: "#e6f4ff",
  /** Blue text: links, the selected menu item. */
  link: "#0958d9",
  error: "#cf1322",
  infoBg: "#e6f4ff",
  infoLine: "#91caff",
  errorBg: "#fff2f0",
  errorLine: "#ffccc7",
  changedBg: "#fffbe6",
  tagBlue: "#0958d9",
  tagBlueBg: "#e6f4ff",
  tagBlueLine: "#91caff",
  tagGreen: "#237804",
  tagGreenBg: "#f6ffed",
  tagGreenLine: "#b7eb8f",
  tagRed: "#cf1322",
  tagRedBg: "#fff1f0",
  tagRedLine: "#ffa39e",
  tagOrange: "#ad4e00",
  tagOrangeBg: "#fff7e6",
  tagOrangeLine: "#ffd591",
  tagGold: "#874d00",
  tagGoldBg: "#fffbe6",
  tagGoldLine: "#ffe58f",
  tagDefault: "rgba(0,0,0,0.88)",
  tagDefaultBg: "#fafafa",
  tagDefaultLine: "#d9d9d9",
};

type Surface = typeof light;

/** antd's dark palette (colorBgContainer #141414, colorBgLayout #000) with AA-readable text. */
const dark: Surface = {
  text: "rgba(255,255,255,0.88)",
  muted: "rgba(255,255,255,0.65)",
  container: "#141414",
  page: "#000",
  subtle: "#1d1d1d",
  segmented: "#2a2a2a",
  line: "#303030",
  controlLine: "#424242",
  selected: "#111a2c",
  link: "#69b1ff",
  error: "#ff7875",
  infoBg: "#111a2c",
  infoLine: "#15325b",
  errorBg: "#2c1618",
  errorLine: "#5b2526",
  changedBg: "#2b2611",
  tagBlue: "#69b1ff",
  tagBlueBg: "#111a2c",
  tagBlueLine: "#15325b",
  tagGreen: "#73d13d",
  tagGreenBg: "#162312",
  tagGreenLine: "#274916",
  tagRed: "#ff7875",
  tagRedBg: "#2a1215",
  tagRedLine: "#58181c",
  tagOrange: "#ffa940",
  tagOrangeBg: "#2b1d11",
  tagOrangeLine: "#593815",
  tagGold: "#ffc53d",
  tagGoldBg: "#2b2111",
  tagGoldLine: "#594214",
  tagDefault: "rgba(255,255,255,0.88)",
  tagDefaultBg: "#1f1f1f",
  tagDefaultLine: "#424242",
};

const variableOf = (name: string) =>
  `--atrium-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * Each colour as `var(--atrium-…, <light value>)`, for inline styles.
 * @example <div style={{ background: surface.container, color: surface.text }} />
 */
export const surface = Object.fromEntries(
  Object.entries(light).map(([name, value]) => [name, `var(${variableOf(name)}, ${value})`]),
) as Surface;

/**
 * The variables of one mode, to set on the document's root element.
 * @example Object.assign(document.documentElement.style, surfaceVariables("dark"))
 */
export function surfaceVariables(mode: "light" | "dark"): Record<string, string> {
  const colours = mode === "dark" ? dark : light;
  return Object.fromEntries(
    Object.entries(colours).map(([name, value]) => [variableOf(name), value]),
  );
}

/** The page's own text and background, for an app's outermost element. */
export const surfacePage: CSSProperties = { background: surface.page, color: surface.text };
