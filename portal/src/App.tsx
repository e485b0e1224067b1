// The portal, wiring only: the routes of routes.ts, the light ones in a plain frame and the others
// inside the antd + Refine shell, which loads with the first page that needs it.
import { portalPaths } from "@db/routes/portal";
import { PageViews } from "@supabase-client/analytics/page-views";
import { LocaleProvider, useT } from "@supabase-client/i18n/locale-context";
import { lazyPage } from "@supabase-client/ui/lazy-page";
import { Suspense, useEffect } from "react";
import { BrowserRouter, Navigate, Route, Routes, useLocation } from "react-router";
import { portalEvents } from "./analytics";
import { LightLayout } from "./light-layout";
import { type PortalFrame, pathOf, routeAt, routesIn } from "./routes";

const FullShell = lazyPage(() => import("./full-shell"), "FullShell");

/**
 * Names the browser tab after the page at the current address. It sits outside every Suspense
 * boundary: an effect inside a lazily loaded page is not committed while its code loads, and
 * the pages in the antd frame kept index.html's title.
 */
function DocumentTitle() {
  const { pathname } = useLocation();
  const t = useT();
  const page = routeAt(pathname)?.page;
  const title = page
    ? t("portal.shell.pageTitle", { title: t(`portal.titles.${page}`) })
    : t("portal.shell.documentTitle");
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}

const routeElements = (...frames: PortalFrame[]) =>
  frames.flatMap(routesIn).map((route) => {
    const path = pathOf(route);
    return path === portalPaths.status ? (
      <Route key={route.page} index element={<route.component />} />
    ) : (
      <Route key={route.page} path={path} element={<route.component />} />
    );
  });

export function App() {
  return (
    // Above the router: the light pages and the antd frame read the same language.
    <LocaleProvider>
      <BrowserRouter>
        <DocumentTitle />
        <PageViews sink={portalEvents} app="portal" />
        <Suspense fallback={null}>
          <Routes>
            <Route element={<LightLayout />}>{routeElements("light")}</Route>
            <Route element={<FullShell />}>
              {routeElements("narrow", "wide")}
              <Route path="*" element={<Navigate to={portalPaths.status} replace />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </LocaleProvider>
  );
}
