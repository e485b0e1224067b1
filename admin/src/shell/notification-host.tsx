// Renders Refine's notifications with antd's notification hook (antd's static methods cannot
// render under React 19); mounted with the first notification, see notification-provider.ts.
import { antdTheme } from "@supabase-client/ui/brand";
import { ConfigProvider, notification } from "antd";
import { useEffect } from "react";
import { registerNotificationApi } from "./notification-provider";

export function NotificationHost() {
  const [api, holder] = notification.useNotification();
  useEffect(() => {
    registerNotificationApi(api);
    return () => registerNotificationApi(undefined);
  }, [api]);
  return <ConfigProvider theme={antdTheme}>{holder}</ConfigProvider>;
}
