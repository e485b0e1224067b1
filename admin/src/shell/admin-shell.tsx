// The frame of every signed-in admin page, drawn with plain elements so the first screen needs no
// antd: a side menu built from the route table (resources/index.ts, each entry shown only to
// those Refine's access control lets list it), the command palette, the light/dark choice, the
// signed-in person and a way out. On a phone the menu folds behind a Menu button and the header
// wraps, so the page keeps the screen's width.
import { CanAccess, useGetIdentity, useLogout } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { useT } from "@supabase-client/i18n/locale-context";
import { surface, surfacePage } from "@supabase-client/ui/surface";
import { type CSSProperties, type ReactNode, Suspense, useState } from "react";
import { Link, useLocation } from "react-router";
import { useAdminT } from "../i18n";
import { resources } from "../resources";
import { listPath } from "../resources/resource-module";
import { LanguageSwitch } from "./language-switch";
import { PaletteLauncher } from "./palette/palette-launcher";
import { useResourceLabel } from "./resource-label";
import { ThemeSwitch } from "./theme/theme-switch";
import { useIsNarrow } from "./use-is-narrow";

const item: CSSProperties = {
  display: "flex",
  alignItems: "center",
  gap: 10,
  height: 40,
  margin: "4px 8px",
  padding: "0 16px",
  borderRadius: 8,
  color: surface.text,
  textDecoration: "none",
  background: "none",
  border: "none",
  font: "inherit",
  width: "calc(100% - 16px)",
  cursor: "pointer",
};
const selected: CSSProperties = { ...item, background: surface.selected, color: surface.link };

export function AdminShell({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const { data: identity } = useGetIdentity<Identity>();
  const { mutate: logout } = useLogout();
  const t = useAdminT();
  const shared = useT();
  const labelOf = useResourceLabel();
  const isNarrow = useIsNarrow();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const font =
    "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
  const appName = <strong style={{ fontSize: 16 }}>{t("admin.shell.appName")}</strong>;
  const nav = (
    <nav id="admin-main-nav" aria-label={t("admin.shell.mainNav")}>
      <div role="menu" aria-label={t("admin.shell.sections")}>
        {resources.map((resource) => {
          const path = listPath(resource);
          const isHere = pathname === path || pathname.startsWith(`${path}/`);
          return (
            <CanAccess key={resource.name} resource={resource.name} action="list">
              <Link
                role="menuitem"
                to={path}
                aria-current={isHere ? "page" : undefined}
                style={isHere ? selected : item}
                onClick={() => setIsMenuOpen(false)}
              >
                {resource.icon}
                {labelOf(resource.name)}
              </Link>
            </CanAccess>
          );
        })}

        <button type="button" role="menuitem" style={item} onClick={() => logout()}>
          {t("buttons.logout")}
        </button>
      </div>
    </nav>
  );
  return (
    <div
      style={{
        display: "flex",
        minHeight: "100vh",
        fontFamily: font,
        fontSize: 14,
        ...surfacePage,
      }}
    >
      {isNarrow ? null : (
        <aside
          style={{
            width: 200,
            flex: "none",
            background: surface.container,
            borderRight: `1px solid ${surface.line}`,
          }}
        >
          <div style={{ height: 64, display: "flex", alignItems: "center", padding: "0 24px" }}>
            {appName}
          </div>
          {nav}
        </aside>
      )}
      <div style={{ flex: 1, minWidth: 0 }}>
        <header
          style={{
            minHeight: 64,
            display: "flex",
            flexWrap: "wrap",
            alignItems: "center",
            justifyContent: isNarrow ? "flex-start" : "flex-end",
            gap: isNarrow ? 8 : 16,
            padding: isNarrow ? "8px 12px" : "0 24px",
            background: surface.container,
          }}
        >
          {isNarrow ? (
            <>
              <button
                type="button"
                aria-expanded={isMenuOpen}
                aria-controls="admin-main-nav"
                onClick={() => setIsMenuOpen((isOpen) => !isOpen)}
                style={{ ...item, width: "auto", margin: 0, padding: "0 12px", height: 32 }}
              >
                {t("admin.shell.menu")}
              </button>
              {appName}
            </>
          ) : null}
          <PaletteLauncher />
          <LanguageSwitch />
          <ThemeSwitch />
          {identity?.name ?? ""}
        </header>
        {isNarrow && isMenuOpen ? (
          <div style={{ background: surface.container, borderBottom: `1px solid ${surface.line}` }}>
            {nav}
          </div>
        ) : null}
        <main style={{ padding: isNarrow ? 12 : 24 }}>
          <Suspense fallback={<p>{shared("common.loading")}</p>}>{children}</Suspense>
        </main>
      </div>
    </div>
  );
}
