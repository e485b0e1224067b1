// The command palette (kbar through @refinedev/kbar): jumps to every section, the everyday
// actions and records found by name. Loaded on the first Ctrl/Cmd+K or click of the header's
// button, then kbar itself answers the shortcut.
import {
  KBarAnimator,
  KBarPortal,
  KBarPositioner,
  KBarProvider,
  useKBar,
  VisualState,
} from "@refinedev/kbar";
import { surface } from "@supabase-client/ui/surface";
import { useEffect } from "react";
import { useAdminT } from "../../i18n";
import { PaletteResults } from "./palette-results";
import { PaletteSearch } from "./palette-search";
import { useCommandActions } from "./use-command-actions";
import { useRecordSearch } from "./use-record-search";

/** Opens the palette each time `openRequest` changes (and at once, on the first load). */
function Opener({ openRequest }: { openRequest: number }) {
  const { query } = useKBar();
  useEffect(() => {
    if (openRequest > 0) {
      query.setVisualState((state) =>
        state === VisualState.hidden || state === VisualState.animatingOut
          ? VisualState.animatingIn
          : state,
      );
    }
  }, [openRequest, query]);
  return null;
}

function Entries() {
  useCommandActions();
  useRecordSearch();
  return null;
}

export function Palette({ openRequest }: { openRequest: number }) {
  const t = useAdminT();
  return (
    // kbar gives the focus back to where it was on closing (its useFocusHandler).
    <KBarProvider options={{ disableScrollbarManagement: true }}>
      <Opener openRequest={openRequest} />
      <Entries />
      <KBarPortal>
        <KBarPositioner style={{ background: "rgba(0,0,0,0.45)", zIndex: 1100 }}>
          <KBarAnimator
            style={{
              width: 600,
              maxWidth: "100%",
              overflow: "hidden",
              borderRadius: 8,
              background: surface.container,
              color: surface.text,
              boxShadow: "0 6px 16px rgba(0,0,0,0.32)",
              fontFamily: "inherit",
              fontSize: 14,
            }}
          >
            <div role="dialog" aria-modal="true" aria-label={t("admin.shell.palette.dialog")}>
              <PaletteSearch />
              <PaletteResults />
            </div>
          </KBarAnimator>
        </KBarPositioner>
      </KBarPortal>
    </KBarProvider>
  );
}
