// The staff admin, wiring only: Refine with the shared Supabase providers, antd's themed layout,
// and the resources of resources/index.ts as both Refine's resources and the route tree.
import {
  ErrorComponent,
  ThemedLayout,
  ThemedTitle,
  useNotificationProvider,
} from "@refinedev/antd";
import "@refinedev/antd/dist/reset.css";
import { Authenticated, Refine } from "@refinedev/core";
import routerProvider, {
  NavigateToResource,
  UnsavedChangesNotifier,
} from "@refinedev/react-router";
import { theme } from "@supabase-client/ui/theme";
import { App as AntdApp, ConfigProvider, Spin } from "antd";
import { Suspense } from "react";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { LoginPage } from "./auth/login-page";
import { MfaCodePage } from "./auth/mfa/code-page";
import { resources } from "./resources";
import { pageRoutes, toRefineResource } from "./resources/resource-module";
import { accessControlProvider, authProvider, dataProvider, liveProvider } from "./supabase";

const title = (collapsed: boolean) => <ThemedTitle collapsed={collapsed} text="Atrium admin" />;

export function App() {
  return (
    <BrowserRouter>
      <ConfigProvider theme={theme}>
        <AntdApp>
          <Refine
            authProvider={authProvider}
            accessControlProvider={accessControlProvider}
            dataProvider={dataProvider}
            liveProvider={liveProvider}
            routerProvider={routerProvider}
            notificationProvider={useNotificationProvider}
            resources={resources.map(toRefineResource)}
            options={{ disableTelemetry: true, warnWhenUnsavedChanges: true }}
          >
            <Routes>
              <Route
                element={
                  // No fallback: the authProvider's check says where to go (sign-in, or the
                  // authenticator code when only the password was given).
                  <Authenticated key="admin">
                    <ThemedLayout Title={({ collapsed }) => title(collapsed)}>
                      <Suspense fallback={<Spin style={{ display: "block", margin: 48 }} />}>
                        <Outlet />
                      </Suspense>
                    </ThemedLayout>
                  </Authenticated>
                }
              >
                <Route index element={<NavigateToResource resource="signup_requests" />} />
                {resources.map((resource) => (
                  <Route key={resource.name} path={resource.path}>
                    <Route index element={<resource.list />} />
                    {resource.create ? (
                      <Route path={pageRoutes.create} element={<resource.create />} />
                    ) : null}
                    {resource.edit ? (
                      <Route path={pageRoutes.edit} element={<resource.edit />} />
                    ) : null}
                    {resource.show ? (
                      <Route path={pageRoutes.show} element={<resource.show />} />
                    ) : null}
                  </Route>
                ))}
                <Route path="*" element={<ErrorComponent />} />
              </Route>
              <Route
                element={
                  <Authenticated key="login" fallback={<Outlet />}>
                    <NavigateToResource resource="signup_requests" />
                  </Authenticated>
                }
              >
                <Route path="/login" element={<LoginPage />} />
              </Route>
              <Route path="/login/code" element={<MfaCodePage />} />
            </Routes>
            <UnsavedChangesNotifier />
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
}
