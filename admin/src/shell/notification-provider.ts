// Refine's notifications through antd's, whose code loads with the first notification, so the
// admin's first screen (sign-in, the request queue) loads without antd. antd's static
// `notification` cannot render under React 19, so a lazily mounted host (notification-host.tsx)
// renders them through antd's hook and hands its API back here; what is asked before it is
// mounted waits in a queue. One host per page, hence this module's state.
import type { NotificationProvider } from "@refinedev/core";
import type { NotificationInstance } from "antd/es/notification/interface";

type Action = (api: NotificationInstance) => void;

let api: NotificationInstance | undefined;
let isHostWanted = false;
const waiting: Action[] = [];
const listeners = new Set<() => void>();

function withApi(action: Action) {
  if (api) {
    action(api);
    return;
  }
  waiting.push(action);
  if (!isHostWanted) {
    isHostWanted = true;
    for (const listener of listeners) {
      listener();
    }
  }
}

/** Called by the host once mounted; runs what waited. */
export function registerNotificationApi(next: NotificationInstance | undefined) {
  api = next;
  if (next) {
    for (const action of waiting.splice(0)) {
      action(next);
    }
  }
}

/** For `useSyncExternalStore`: whether the host should be mounted yet. */
export const notificationHostStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isWanted: () => isHostWanted,
};

export const notificationProvider: NotificationProvider = {
  open({ key, message, description, type }) {
    // As @refinedev/antd shows them: the description (the reason) is the headline, Refine's
    // message the line below. "progress" is Refine's undoable countdown, unused here.
    withApi((notification) =>
      notification.open({
        key,
        message: description ?? null,
        description: message,
        type: type === "progress" ? "info" : type,
      }),
    );
  },
  close(key) {
    withApi((notification) => notification.destroy(key));
  },
};
