// The portal, wiring only: the routes of routes.ts, the light ones in a plain frame and the others
// inside the antd + Refine shell, which loads with the first page that needs it.
import { portalPaths } from "@db/routes/portal";
import { lazyPage } from "@supabase-client/ui/lazy-page";
import { Suspense, useEffect } from "react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { LightLayout } from "./light-layout";
import { type PortalFrame, type PortalRoute, pathOf, routesIn } from "./routes";

const FullShell = lazyPage(
  () => import("./full-shell"),
  (shell) => shell.FullShell,
);

/** A route's page, with the browser tab named after it. */
function RoutePage({ route }: { route: PortalRoute }) {
  useEffect(() => {
    document.title = `${route.title} · Atrium`;
  }, [route.title]);
  return <route.component />;
}

const routeElements = (...frames: PortalFrame[]) =>
  frames.flatMap(routesIn).map((route) => {
    const path = pathOf(route);
    return path === portalPaths.status ? (
      <Route key={route.page} index element={<RoutePage route={route} />} />
    ) : (
      <Route key={route.page} path={path} element={<RoutePage route={route} />} />
    );
  });

export function App() {
  return (
    <BrowserRouter>
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
  );
}
