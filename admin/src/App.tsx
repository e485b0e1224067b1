// The staff admin, wiring only: Refine with the shared Supabase providers, the plain admin shell,
// and the route table of resources/index.ts as Refine's resources, the route tree and the tab
// titles. antd pages sit in the antd frame, which loads with the first of them; the light pages
// (sign-in, the request queue) load without antd.
import { adminPaths } from "@db/routes/admin";
import { Authenticated } from "@refinedev/core";
import {
  DocumentTitleHandler,
  NavigateToResource,
  UnsavedChangesNotifier,
} from "@refinedev/react-router";
import { AtriumRefine } from "@supabase-client/atrium-refine";
import { LocaleProvider, useLocale, useT } from "@supabase-client/i18n/locale-context";
import { lazyPage } from "@supabase-client/ui/lazy-page";
import { type ComponentType, Suspense, useMemo } from "react";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { adminMessages, useAdminT } from "./i18n";
import { resources } from "./resources";
import {
  listPath,
  pageRoutes,
  type ResourceModule,
  toRefineResource,
} from "./resources/resource-module";
import { AdminShell } from "./shell/admin-shell";
import { notificationProvider } from "./shell/notification-provider";
import { Notifications } from "./shell/notifications";
import { useResourceLabel } from "./shell/resource-label";
import { accessControlProvider, authProvider, dataProvider, liveProvider } from "./supabase";

const AntdFrame = lazyPage(() => import("./shell/antd-frame"), "AntdFrame");
const LoginPage = lazyPage(() => import("./auth/login-page"), "LoginPage");
const MfaCodePage = lazyPage(() => import("./auth/mfa/code-page"), "MfaCodePage");
const MfaEnrollPage = lazyPage(() => import("./auth/mfa/enroll-page"), "MfaEnrollPage");

type Page = "list" | keyof typeof pageRoutes;

/** The routes of one resource's pages that are (or are not) light. */
function pageRoutesOf(resource: ResourceModule, isLight: boolean) {
  const pageList: [Page, ComponentType | undefined][] = [
    ["list", resource.list],
    ["create", resource.create],
    ["edit", resource.edit],
    ["show", resource.show],
  ];
  const pages = pageList.flatMap(([page, Component]) => {
    if (!Component || (resource.lightPages ?? []).includes(page) !== isLight) {
      return [];
    }
    const path = page === "list" ? undefined : pageRoutes[page];
    return [
      <Route
        key={`${resource.name}:${page}`}
        {...(path ? { path } : { index: true })}
        element={<Component />}
      />,
    ];
  });
  const extras = isLight ? [] : (resource.extraPages ?? []);
  return [
    ...pages,
    ...extras.map(({ path, component: Component }) => (
      <Route key={`${resource.name}:${path}`} path={path} element={<Component />} />
    )),
  ];
}

/** The resources' routes on one side (light or antd); a resource with no page there is left out. */
const routeTree = (isLight: boolean) =>
  resources.flatMap((resource) => {
    const pages = pageRoutesOf(resource, isLight);
    return pages.length === 0
      ? []
      : [
          <Route key={resource.name} path={listPath(resource)}>
            {pages}
          </Route>,
        ];
  });

export function App() {
  return (
    // Above the router: the light pages and the antd frame read the same language.
    <LocaleProvider messages={adminMessages}>
      <AdminApp />
    </LocaleProvider>
  );
}

function AdminApp() {
  const t = useAdminT();
  const shared = useT();
  const labelOf = useResourceLabel();
  const { locale } = useLocale();
  // Refine's breadcrumbs and default headings read each resource's label in the reader's language.
  const refineResources = useMemo(
    () =>
      resources.map((resource) => {
        const refineResource = toRefineResource(resource);
        return {
          ...refineResource,
          meta: { ...refineResource.meta, label: labelOf(resource.name) },
        };
      }),
    [labelOf],
  );
  return (
    <BrowserRouter>
      <AtriumRefine
        authProvider={authProvider}
        accessControlProvider={accessControlProvider}
        dataProvider={dataProvider}
        liveProvider={liveProvider}
        notificationProvider={notificationProvider}
        resources={refineResources}
        options={{ warnWhenUnsavedChanges: true }}
      >
        <Suspense fallback={null}>
          <Routes>
            <Route
              element={
                // No fallback: the authProvider's check says where to go (sign-in, or the
                // authenticator code when only the password was given).
                <Authenticated key="admin">
                  <AdminShell>
                    <Outlet />
                  </AdminShell>
                </Authenticated>
              }
            >
              <Route index element={<NavigateToResource resource="signup_requests" />} />
              {routeTree(true)}
              <Route element={<AntdFrame />}>
                {routeTree(false)}
                <Route path="*" element={<NotFound />} />
              </Route>
            </Route>
            <Route
              element={
                <Authenticated key="login" fallback={<Outlet />}>
                  <NavigateToResource resource="signup_requests" />
                </Authenticated>
              }
            >
              <Route path={adminPaths.login} element={<LoginPage />} />
            </Route>
            <Route element={<AntdFrame />}>
              <Route path={adminPaths.mfaCode} element={<MfaCodePage />} />
              <Route path={adminPaths.mfaEnroll} element={<MfaEnrollPage />} />
            </Route>
          </Routes>
        </Suspense>
        <UnsavedChangesNotifier />
        <Notifications />
        <DocumentTitleHandler
          // It titles the tab on each route change; drawn afresh, it retitles on a language change.
          key={locale}
          handler={({ resource }) =>
            t("admin.shell.documentTitle", {
              title: resource?.name ? labelOf(resource.name) : shared("auth.login.title"),
            })
          }
        />
      </AtriumRefine>
    </BrowserRouter>
  );
}

function NotFound() {
  const t = useAdminT();
  return <h1 style={{ fontSize: 20 }}>{t("admin.shell.notFound")}</h1>;
}
