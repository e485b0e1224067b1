// How many of the signed-in person's notifications are unread, kept current by Realtime.
import type { ClientNotification } from "@db/schema/client-notifications";
import { useList } from "@refinedev/core";

/**
 * The unread count for `profileId` (RLS returns only that person's rows anyway).
 * @example const unread = useUnreadCount(identity.id);
 */
export function useUnreadCount(profileId: string): number {
  const { result } = useList<ClientNotification>({
    resource: "client_notifications",
    // Realtime takes only the first filter and knows no `is null`: profile_id goes first.
    filters: [
      { field: "profile_id", operator: "eq", value: profileId },
      { field: "read_at", operator: "null", value: true },
    ],
    pagination: { currentPage: 1, pageSize: 1 },
    // A new item (insert) or one marked read (update) reloads the count.
    liveMode: "auto",
  });
  return result.total ?? 0;
}
