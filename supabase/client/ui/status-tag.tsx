// A status as a coloured tag, in the words and colour db/status gives it, alike in both apps.
// Drawn as a plain element in antd's tag look (its preset palette), so the lists on each app's
// first screen can show statuses without loading antd.
import type { StatusLook } from "@db/status/look";
import { surface } from "./surface";

/**
 * antd's preset tag backgrounds and borders for the names db/status uses, with the darker text
 * shades of the shared theme (surface.ts, light and dark): antd's own tag text (e.g. #389e0d on
 * #f6ffed) is under 4.5:1.
 */
const presets: Record<string, readonly [string, string, string]> = {
  blue: [surface.tagBlue, surface.tagBlueBg, surface.tagBlueLine],
  green: [surface.tagGreen, surface.tagGreenBg, surface.tagGreenLine],
  red: [surface.tagRed, surface.tagRedBg, surface.tagRedLine],
  orange: [surface.tagOrange, surface.tagOrangeBg, surface.tagOrangeLine],
  gold: [surface.tagGold, surface.tagGoldBg, surface.tagGoldLine],
  default: [surface.tagDefault, surface.tagDefaultBg, surface.tagDefaultLine],
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
