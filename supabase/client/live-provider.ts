// Refine's live provider for both apps: `@refinedev/supabase`'s, over the app's one supabase-js
// client, with subscribe/unsubscribe queued so a quick remount of the same resource keeps
// listening (see channel-queue.ts). Delivery is decided by RLS on the server.
import type { LiveProvider } from "@refinedev/core";
import { liveProvider as supabaseLiveProvider } from "@refinedev/supabase";
import type { SupabaseClient } from "@supabase/supabase-js";
import { type ChannelHandle, createChannelQueue } from "./channel-queue";

/** @example <Refine liveProvider={createLiveProvider(supabase)} options={{ liveMode: "off" }} /> */
export function createLiveProvider(supabase: SupabaseClient): LiveProvider {
  const base = supabaseLiveProvider(supabase);
  const queue = createChannelQueue(supabase);
  return {
    subscribe: (params) => queue.open(() => base.subscribe(params)),
    unsubscribe: (handle: ChannelHandle) => queue.close(handle),
  };
}
