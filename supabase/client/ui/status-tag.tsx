// A status as a coloured tag, in the words and colour db/status gives it, alike in both apps.
// Drawn as a plain element in antd's tag look (its preset palette), so the lists on each app's
// first screen can show statuses without loading antd.
import type { StatusLook } from "@db/status/look";

/** antd's preset tag colours (text, background, border) for the names db/status uses. */
const presets: Record<string, readonly [string, string, string]> = {
  blue: ["#0958d9", "#e6f4ff", "#91caff"],
  green: ["#389e0d", "#f6ffed", "#b7eb8f"],
  red: ["#cf1322", "#fff1f0", "#ffa39e"],
  orange: ["#d46b08", "#fff7e6", "#ffd591"],
  gold: ["#d48806", "#fffbe6", "#ffe58f"],
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
