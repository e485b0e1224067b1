// The header's way into the command palette, light enough for the first screen: a button and
// the Ctrl/Cmd+K shortcut, which load the palette (kbar and its entries) the first time only.
import { surface } from "@supabase-client/ui/surface";
import { lazy, Suspense, useEffect, useState } from "react";
import { useAdminT } from "../../i18n";

const Palette = lazy(() => import("./palette").then((module) => ({ default: module.Palette })));

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

export function PaletteLauncher() {
  const [openRequest, setOpenRequest] = useState(0);
  const isLoaded = openRequest > 0;
  const t = useAdminT();

  useEffect(() => {
    // Once loaded, kbar answers the shortcut itself (and toggles it closed too).
    if (isLoaded) {
      return;
    }
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setOpenRequest(1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [isLoaded]);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpenRequest((count) => count + 1)}
        aria-keyshortcuts={isMac ? "Meta+K" : "Control+K"}
        style={{
          display: "inline-flex",
          alignItems: "center",
          gap: 12,
          height: 32,
          padding: "0 12px",
          font: "inherit",
          borderRadius: 6,
          border: `1px solid ${surface.controlLine}`,
          background: surface.container,
          color: surface.muted,
          cursor: "pointer",
        }}
      >
        {t("admin.shell.palette.open")}
        <kbd style={{ fontFamily: "inherit", fontSize: 12 }}>{isMac ? "⌘K" : "Ctrl K"}</kbd>
      </button>
      {isLoaded ? (
        <Suspense fallback={null}>
          <Palette openRequest={openRequest} />
        </Suspense>
      ) : null}
    </>
  );
}
