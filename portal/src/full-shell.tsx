// The frame of every page but the light ones, loaded with the first of them: antd's theme, Refine
// with the portal's providers, the antd layout (narrow or wide, as the route table says) and the
// sign-in guard of the pages only clients reach.
import { AtriumRefine } from "@supabase-client/atrium-refine";
import { antdLocales } from "@supabase-client/i18n/antd-locale";
import { useLocale } from "@supabase-client/i18n/locale-context";
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
  const { locale } = useLocale();
  return (
    <ConfigProvider theme={antdTheme} locale={antdLocales[locale]}>
      <AntdApp>
        <AtriumRefine
          authProvider={authProvider}
          dataProvider={dataProvider}
          liveProvider={liveProvider}
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
        </AtriumRefine>
      </AntdApp>
    </ConfigProvider>
  );
}
