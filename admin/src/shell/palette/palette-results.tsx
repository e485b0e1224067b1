// The palette's list: section headings and entries, the active one highlighted, in the shell's
// surface colours so it reads in light and dark alike.
import { KBarResults, useMatches } from "@refinedev/kbar";
import { surface } from "@supabase-client/ui/surface";

export function PaletteResults() {
  const { results } = useMatches();
  return (
    <KBarResults
      items={results}
      maxHeight={420}
      onRender={({ item, active }) =>
        typeof item === "string" ? (
          <div
            style={{
              padding: "8px 16px 4px",
              fontSize: 12,
              textTransform: "uppercase",
              color: surface.muted,
            }}
          >
            {item}
          </div>
        ) : (
          <div
            style={{
              display: "flex",
              flexDirection: "column",
              padding: "8px 16px",
              cursor: "pointer",
              background: active ? surface.selected : "transparent",
              borderLeft: `3px solid ${active ? surface.link : "transparent"}`,
            }}
          >
            <span>{item.name}</span>
            {item.subtitle ? (
              <span style={{ fontSize: 12, color: surface.muted }}>{item.subtitle}</span>
            ) : null}
          </div>
        )
      }
    />
  );
}
