// Where the admin's notifications appear: nothing until the first one, then antd's host.
import { lazyPage } from "@supabase-client/ui/lazy-page";
import { Suspense, useSyncExternalStore } from "react";
import { notificationHostStore } from "./notification-provider";

const NotificationHost = lazyPage(() => import("./notification-host"), "NotificationHost");

export function Notifications() {
  const isWanted = useSyncExternalStore(
    notificationHostStore.subscribe,
    notificationHostStore.isWanted,
  );
  return isWanted ? (
    <Suspense fallback={null}>
      <NotificationHost />
    </Suspense>
  ) : null;
}
