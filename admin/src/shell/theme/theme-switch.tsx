// The header's light/dark choice, a plain select so the first screen needs no antd.
import type { ColorTheme } from "@db/schema/profiles";
import { surface } from "@supabase-client/ui/surface";
import { isColorTheme } from "./theme-store";
import { useProfileTheme } from "./use-profile-theme";

const labels: Record<ColorTheme, string> = {
  light: "Light",
  dark: "Dark",
  system: "Same as device",
};

export function ThemeSwitch() {
  const { choice, choose } = useProfileTheme();
  return (
    <label style={{ display: "inline-flex", alignItems: "center", gap: 8 }}>
      Theme
      <select
        value={choice}
        onChange={(event) => {
          if (isColorTheme(event.target.value)) {
            choose(event.target.value);
          }
        }}
        style={{
          height: 32,
          padding: "0 8px",
          font: "inherit",
          borderRadius: 6,
          border: `1px solid ${surface.controlLine}`,
          background: surface.container,
          color: surface.text,
        }}
      >
        {Object.entries(labels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
