// A labelled plain select for the header's choices (theme, language), so the first screen needs
// no antd.
import { surface } from "@supabase-client/ui/surface";

interface HeaderSelectProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** @example <HeaderSelect label="Theme" value="dark" options={…} onChange={choose} /> */
export function HeaderSelect<V extends string>({
  label,
  value,
  options,
  onChange,
}: HeaderSelectProps<V>) {
  return (
    <label style={{ display: "inline-flex", alignItems: "center", gap: 8 }}>
      {label}
      <select
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) {
            onChange(chosen.value);
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
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
