// A status as a coloured tag, in the words and colour db/status gives it, alike in both apps.
// Drawn as a plain element in antd's tag look (its preset palette), so the lists on each app's
// first screen can show statuses without loading antd.
import type { StatusLook } from "@db/status/look";
import { theme } from "./theme";

/**
 * antd's preset tag backgrounds and borders for the names db/status uses, with the darker text
 * shades of the shared theme: antd's own tag text (e.g. #389e0d on #f6ffed) is under 4.5:1.
 */
const presets: Record<string, readonly [string, string, string]> = {
  blue: [theme.token?.colorPrimary ?? "#0958d9", "#e6f4ff", "#91caff"],
  green: [theme.token?.green7 ?? "#237804", "#f6ffed", "#b7eb8f"],
  red: [theme.token?.colorError ?? "#cf1322", "#fff1f0", "#ffa39e"],
  orange: [theme.token?.orange7 ?? "#ad4e00", "#fff7e6", "#ffd591"],
  gold: [theme.token?.gold7 ?? "#874d00", "#fffbe6", "#ffe58f"],
  default: ["rgba(0,0,0,0.88)", "#fafafa", "#d9d9d9"],
};

/** @example <StatusTag look={projectStatusLabels[project.status]} /> */
export function StatusTag({ look }: { look: StatusLook }) {
  const [color, background, border] = presets[look.color] ?? presets.default ?? ["", "", ""];
  return (
    <span
      style={{
        display: "inline-block",
        fontSize: 12,
        lineHeight: "20px",
        padding: "0 7px",
        marginInlineEnd: 8,
        borderRadius: 4,
        whiteSpace: "nowrap",
        color,
        background,
        border: `1px solid ${border}`,
      }}
    >
      {look.label}
    </span>
  );
}
