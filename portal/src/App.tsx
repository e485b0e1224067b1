// The portal's routes. Public: sign-up, sign-in, password recovery and the confirm page every
// Auth email links to. Signed in: the client's request status, their projects and their betas.
import { Refine } from "@refinedev/core";
import routerProvider from "@refinedev/react-router";
import { App as AntdApp, ConfigProvider } from "antd";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { confirmPath } from "./auth/confirm-link";
import { ConfirmPage } from "./auth/confirm-page";
import { ForgotPasswordPage } from "./auth/forgot-password-page";
import { LoginPage } from "./auth/login-page";
import { SignupPage } from "./auth/signup-page";
import { BetaPage } from "./beta/beta-page";
import { PortalLayout } from "./layout";
import { ProjectListPage } from "./projects/list-page";
import { ProjectShowPage } from "./projects/show-page";
import { SignedIn } from "./signed-in";
import { StatusPage } from "./status/status-page";
import { authProvider, dataProvider } from "./supabase";

export function App() {
  return (
    <BrowserRouter>
      <ConfigProvider theme={{ token: { colorPrimary: "#1f6feb" } }}>
        <AntdApp>
          <Refine
            authProvider={authProvider}
            dataProvider={dataProvider}
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
