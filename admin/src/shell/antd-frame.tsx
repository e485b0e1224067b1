// antd's theme (light or dark, as the person chose), its words in the person's language and App
// context around the admin's antd pages; loaded with the first of them, so
// the light pages (sign-in, the request queue) never wait for antd.
import { antdLocales } from "@supabase-client/i18n/antd-locale";
import { useLocale } from "@supabase-client/i18n/locale-context";
import { App as AntdApp, ConfigProvider, Spin } from "antd";
import { Suspense } from "react";
import { Outlet } from "react-router";
import { antdThemeOf } from "./theme/antd-theme";
import { useTheme } from "./theme/use-theme";

export function AntdFrame() {
  const { mode } = useTheme();
  const { locale } = useLocale();
  return (
    <ConfigProvider
      theme={antdThemeOf(mode)}
      locale={antdLocales[locale]}
      // On a phone a table's columns outgrow the screen: it scrolls inside its frame, so the
      // page around it keeps the screen's width.
      table={{ style: { overflowX: "auto" } }}
    >
      <AntdApp>
        <Suspense fallback={<Spin style={{ display: "block", margin: 48 }} />}>
          <Outlet />
        </Suspense>
      </AntdApp>
    </ConfigProvider>
  );
}
