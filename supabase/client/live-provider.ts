// Refine's live provider for both apps: `@refinedev/supabase`'s, over the app's one supabase-js
// client. Delivery is decided by RLS on the server; a hook only narrows with its filter.
import type { LiveProvider } from "@refinedev/core";
import { liveProvider } from "@refinedev/supabase";
import type { SupabaseClient } from "@supabase/supabase-js";

/**
 * A resource unsubscribed and subscribed back to back (React's StrictMode, a quick remount) gets a
 * fresh channel: realtime-js forgets a leaving channel at once, so no wrapper is needed.
 * @example <Refine liveProvider={createLiveProvider(supabase)} />
 */
export function createLiveProvider(supabase: SupabaseClient): LiveProvider {
  return liveProvider(supabase);
}
