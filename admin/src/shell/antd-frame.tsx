// antd's theme and App context around the admin's antd pages; loaded with the first of them, so
// the light pages (sign-in, the request queue) never wait for antd.
import { antdTheme } from "@supabase-client/ui/brand";
import { App as AntdApp, ConfigProvider, Spin } from "antd";
import { Suspense } from "react";
import { Outlet } from "react-router";

export function AntdFrame() {
  return (
    <ConfigProvider theme={antdTheme}>
      <AntdApp>
        <Suspense fallback={<Spin style={{ display: "block", margin: 48 }} />}>
          <Outlet />
        </Suspense>
      </AntdApp>
    </ConfigProvider>
  );
}
