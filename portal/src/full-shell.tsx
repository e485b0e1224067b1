// The frame of every page but the light ones, loaded with the first of them: antd's theme, Refine
// with the portal's providers, the antd layout (narrow or wide, as the route table says) and the
// sign-in guard of the pages only clients reach.
import { Refine } from "@refinedev/core";
import routerProvider from "@refinedev/react-router";
import { antdTheme } from "@supabase-client/ui/brand";
import { App as AntdApp, ConfigProvider } from "antd";
import { Outlet, useLocation } from "react-router";
import { PortalLayout } from "./layout";
import { routeAt } from "./routes";
import { SignedIn } from "./signed-in";
import { authProvider, dataProvider, liveProvider } from "./supabase";

export function FullShell() {
  const { pathname } = useLocation();
  const route = routeAt(pathname);
  return (
    <ConfigProvider theme={antdTheme}>
      <AntdApp>
        <Refine
          authProvider={authProvider}
          dataProvider={dataProvider}
          liveProvider={liveProvider}
          routerProvider={routerProvider}
          options={{ disableTelemetry: true }}
        >
          <PortalLayout width={route?.frame === "wide" ? 880 : 520}>
            {route?.access === "client" ? (
              <SignedIn name={route.page}>
                <Outlet />
              </SignedIn>
            ) : (
              <Outlet />
            )}
          </PortalLayout>
        </Refine>
      </AntdApp>
    </ConfigProvider>
  );
}
