// antd's theme (light or dark, as the person chose) and App context around the admin's antd pages; loaded with the first of them, so
// the light pages (sign-in, the request queue) never wait for antd.
import { App as AntdApp, ConfigProvider, Spin } from "antd";
import { Suspense } from "react";
import { Outlet } from "react-router";
import { antdThemeOf } from "./theme/antd-theme";
import { useTheme } from "./theme/use-theme";

export function AntdFrame() {
  const { mode } = useTheme();
  return (
    <ConfigProvider theme={antdThemeOf(mode)}>
      <AntdApp>
        <Suspense fallback={<Spin style={{ display: "block", margin: 48 }} />}>
          <Outlet />
        </Suspense>
      </AntdApp>
    </ConfigProvider>
  );
}
