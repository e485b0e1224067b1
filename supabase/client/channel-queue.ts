// Opens and closes realtime-js channels one after another, so a channel is never reused while
// it is still leaving. React's StrictMode (and any quick remount) unsubscribes and subscribes the
// same topic back to back; `supabase.channel(topic)` then hands back the channel that is still
// leaving, whose `subscribe()` does nothing, and the page silently stops hearing changes.
import type { RealtimeChannel, SupabaseClient } from "@supabase/supabase-js";

/** What `open` returns: the channel once it exists, and whether `close` came first. */
export interface ChannelHandle {
  readonly ready: Promise<RealtimeChannel | undefined>;
  isClosed: boolean;
}

export interface ChannelQueue {
  /** Runs `make` (which builds and subscribes a channel) once earlier closes have finished. */
  open(make: () => RealtimeChannel): ChannelHandle;
  /** Leaves the channel (if it was made) and lets later opens wait for that. */
  close(handle: ChannelHandle): Promise<void>;
}

export function createChannelQueue(supabase: SupabaseClient): ChannelQueue {
  // Every close still in flight; an open waits for all of them, which are few and short.
  let closing: Promise<unknown> = Promise.resolve();

  return {
    open(make) {
      const handle: { ready: Promise<RealtimeChannel | undefined>; isClosed: boolean } = {
        isClosed: false,
        ready: Promise.resolve(undefined),
      };
      handle.ready = closing.then(() => (handle.isClosed ? undefined : make()));
      return handle;
    },
    async close(handle) {
      handle.isClosed = true;
      const removal = handle.ready.then(async (channel) => {
        if (channel) {
          await supabase.removeChannel(channel);
        }
      });
      closing = Promise.all([closing, removal]).catch(() => undefined);
      await removal.catch(() => undefined);
    },
  };
}
