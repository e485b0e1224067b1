// The portal's routes. Public: sign-up, sign-in, password recovery and the confirm page every
// Auth email links to. Signed in: the client's request status, their projects and their betas.
import { Refine } from "@refinedev/core";
import routerProvider from "@refinedev/react-router";
import { theme } from "@supabase-client/ui/theme";
import { App as AntdApp, ConfigProvider } from "antd";
import { lazy } from "react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { PortalLayout } from "./layout";
import { confirmPath } from "./pages/auth/confirm-link";
import { ConfirmPage } from "./pages/auth/confirm-page";
import { ForgotPasswordPage } from "./pages/auth/forgot-password-page";
import { LoginPage } from "./pages/auth/login-page";
import { SignedIn } from "./signed-in";
import { authProvider, dataProvider, liveProvider } from "./supabase";

// Loaded when first opened: the pages an email link or a sign-in lands on come first.
const SignupPage = lazy(() =>
  import("./pages/auth/signup-page").then((page) => ({ default: page.SignupPage })),
);
const StatusPage = lazy(() =>
  import("./pages/status/status-page").then((page) => ({ default: page.StatusPage })),
);
const ProjectListPage = lazy(() =>
  import("./pages/projects/list-page").then((page) => ({ default: page.ProjectListPage })),
);
const ProjectShowPage = lazy(() =>
  import("./pages/projects/show-page").then((page) => ({ default: page.ProjectShowPage })),
);
const BetaPage = lazy(() =>
  import("./pages/beta/beta-page").then((page) => ({ default: page.BetaPage })),
);

export function App() {
  return (
    <BrowserRouter>
      <ConfigProvider theme={theme}>
        <AntdApp>
          <Refine
            authProvider={authProvider}
            dataProvider={dataProvider}
            liveProvider={liveProvider}
            routerProvider={routerProvider}
            options={{ disableTelemetry: true }}
          >
            <Routes>
              <Route element={<PortalLayout />}>
                <Route path={confirmPath} element={<ConfirmPage />} />
                <Route path="/login" element={<LoginPage />} />
                <Route path="/signup" element={<SignupPage />} />
                <Route path="/forgot-password" element={<ForgotPasswordPage />} />
                <Route
                  index
                  element={
                    <SignedIn name="status">
                      <StatusPage />
                    </SignedIn>
                  }
                />
                <Route path="*" element={<Navigate to="/" replace />} />
              </Route>
              <Route element={<PortalLayout width={880} />}>
                <Route
                  path="/projects"
                  element={
                    <SignedIn name="projects">
                      <ProjectListPage />
                    </SignedIn>
                  }
                />
                <Route
                  path="/projects/:id"
                  element={
                    <SignedIn name="project">
                      <ProjectShowPage />
                    </SignedIn>
                  }
                />
                <Route
                  path="/beta"
                  element={
                    <SignedIn name="beta">
                      <BetaPage />
                    </SignedIn>
                  }
                />
              </Route>
            </Routes>
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
}
