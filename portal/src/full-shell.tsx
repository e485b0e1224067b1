// The frame of every page but the light ones, loaded with the first of them: antd's theme, Refine
// with the portal's providers, the antd layout (narrow or wide, as the route table says) and the
// sign-in guard of the pages only clients reach.
import { Refine } from "@refinedev/core";
import routerProvider from "@refinedev/react-router";
import { antdLocales } from "@supabase-client/i18n/antd-locale";
import { useI18nProvider, useLocale } from "@supabase-client/i18n/locale-context";
import { useProfileLocale } from "@supabase-client/i18n/use-profile-locale";
import { antdTheme } from "@supabase-client/ui/brand";
import { App as AntdApp, ConfigProvider } from "antd";
import { Outlet, useLocation } from "react-router";
import { PortalLayout } from "./layout";
import { routeAt } from "./routes";
import { SignedIn } from "./signed-in";
import { authProvider, dataProvider, liveProvider } from "./supabase";

/** Under Refine: the signed-in client's profile sets the language. */
function ProfileLocale() {
  useProfileLocale();
  return null;
}

export function FullShell() {
  const { pathname } = useLocation();
  const route = routeAt(pathname);
  const { locale } = useLocale();
  const i18nProvider = useI18nProvider();
  return (
    <ConfigProvider theme={antdTheme} locale={antdLocales[locale]}>
      <AntdApp>
        <Refine
          authProvider={authProvider}
          dataProvider={dataProvider}
          liveProvider={liveProvider}
          routerProvider={routerProvider}
          i18nProvider={i18nProvider}
          options={{ disableTelemetry: true }}
        >
          <ProfileLocale />
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
