// The portal's routes. Public: sign-up, sign-in, password recovery and the confirm page every
// Auth email links to. Signed in: the client's request status.
import { Authenticated, Refine } from "@refinedev/core";
import routerProvider from "@refinedev/react-router";
import { App as AntdApp, ConfigProvider } from "antd";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { confirmPath } from "./auth/confirm-link";
import { ConfirmPage } from "./auth/confirm-page";
import { ForgotPasswordPage } from "./auth/forgot-password-page";
import { LoginPage } from "./auth/login-page";
import { SignupPage } from "./auth/signup-page";
import { PortalLayout } from "./layout";
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
                    <Authenticated key="status" fallback={<Navigate to="/login" replace />}>
                      <StatusPage />
                    </Authenticated>
                  }
                />
                <Route path="*" element={<Navigate to="/" replace />} />
              </Route>
            </Routes>
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
}
