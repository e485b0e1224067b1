// The frame of the light pages (the sign-up page a prospect lands on first, the CMS pages): the
// same header and column as the antd frame, drawn with plain elements so the page loads without
// antd or Refine.

import { useT } from "@supabase-client/i18n/locale-context";
import { brand } from "@supabase-client/ui/brand";
import { type CSSProperties, Suspense } from "react";
import { Outlet, useLocation } from "react-router";
import { routeAt } from "./routes";

const font =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const styles = {
  page: { minHeight: "100vh", background: "#f5f5f5", fontFamily: font, fontSize: 14 },
  header: {
    height: 64,
    padding: "0 50px",
    background: "#fff",
    borderBottom: `1px solid ${brand.border}`,
    display: "flex",
    alignItems: "center",
  },
  content: { padding: "40px 16px" },
  column: { maxWidth: 520, margin: "0 auto" },
} satisfies Record<string, CSSProperties>;

export function LightLayout() {
  const { pathname } = useLocation();
  const width = routeAt(pathname)?.columnWidth ?? styles.column.maxWidth;
  const t = useT();
  return (
    <div style={styles.page}>
      <header style={styles.header}>
        <span style={{ whiteSpace: "nowrap" }}>
          <strong style={{ fontSize: 18, color: "rgba(0,0,0,0.88)" }}>
            {t("portal.shell.brand")}
          </strong>
          <span style={{ color: "rgba(0,0,0,0.6)" }}>{t("portal.shell.tagline")}</span>
        </span>
      </header>
      <main style={styles.content}>
        <div style={{ ...styles.column, maxWidth: width }}>
          <Suspense fallback={<p style={{ textAlign: "center" }}>{t("common.loading")}</p>}>
            <Outlet />
          </Suspense>
        </div>
      </main>
    </div>
  );
}
