// The palette's list: section headings and entries, the active one highlighted, in the shell's
// surface colours so it reads in light and dark alike; a line says so when nothing matches.
import { KBarResults, useKBar, useMatches } from "@refinedev/kbar";
import { surface } from "@supabase-client/ui/surface";
import { useEffect, useRef } from "react";
import { useAdminT } from "../../i18n";

/**
 * kbar's list scrolls inside a box of its own, which takes no props: keyboard users could not
 * reach what is below its fold except through the search box's arrows (axe:
 * scrollable-region-focusable), so the box is put in the tab order once drawn.
 */
function useFocusableScrollBox() {
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = frame.current?.firstElementChild;
    if (box instanceof HTMLElement) {
      box.tabIndex = 0;
    }
  }, []);
  return frame;
}

export function PaletteResults() {
  const { results } = useMatches();
  const { search } = useKBar((state) => ({ search: state.searchQuery }));
  const frame = useFocusableScrollBox();
  const t = useAdminT();
  return (
    <div ref={frame}>
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
      {results.length === 0 ? (
        // Beside the (empty) list, which the search box names as the one it controls.
        <p role="status" style={{ margin: 0, padding: "12px 16px", color: surface.muted }}>
          {search.trim()
            ? t("admin.shell.palette.nothingMatches")
            : t("admin.shell.palette.nothingToShow")}
        </p>
      ) : null}
    </div>
  );
}
