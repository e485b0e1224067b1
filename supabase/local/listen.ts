// LISTEN on one channel for as long as the service runs, across Postgres restarts. postgres.js
// re-subscribes once when its listen connection closes; if the server is still down then, the
// subscription is lost for good, and a schema cache or trigger would silently stop hearing.
import postgres from "postgres";
import { CONNECT_TIMEOUT_SECONDS, reconnectBackoff } from "./connection-faults";

export interface ListenOptions {
  url: string;
  channel: string;
  onNotify(payload: string): void;
  /** Called after every subscription but the first: notifications may have been missed. */
  onResubscribe?(): void;
  log(message: string): void;
  /** Wait between attempts while the server is unreachable. */
  retryMs?: number;
}

export interface Listener {
  close(): Promise<void>;
}

/**
 * Subscribes before resolving (the first failure rejects), then keeps the subscription alive.
 * @example const listener = await listenForever({ url, channel: "pgrst", onNotify, log });
 */
export async function listenForever(options: ListenOptions): Promise<Listener> {
  const retryMs = options.retryMs ?? 500;
  let closed = false;
  let subscribed = false;
  let retrying: NodeJS.Timeout | undefined;
  // One connection that lives as long as the listener; its closing is the signal to re-subscribe.
  const settings = {
    max: 1,
    idle_timeout: 0,
    max_lifetime: null,
    connect_timeout: CONNECT_TIMEOUT_SECONDS,
    backoff: reconnectBackoff,
    fetch_types: false,
    onnotice: () => {},
    connection: { application_name: `atrium-listen-${options.channel}` },
    onnotify: (channel: string, payload: string) => {
      if (channel === options.channel) {
        options.onNotify(payload);
      }
    },
    onclose: () => {
      if (subscribed && !closed) {
        subscribed = false;
        schedule(0);
      }
    },
  };
  // `onnotify` is a postgres.js option its types leave out (sql.listen is built on it).
  const sql = postgres(options.url, settings);
  const subscribe = async () => {
    await sql.unsafe(`listen "${options.channel.replaceAll('"', '""')}"`);
    subscribed = true;
  };
  const schedule = (delay: number) => {
    clearTimeout(retrying);
    retrying = setTimeout(() => {
      if (closed) {
        return;
      }
      subscribe().then(
        () => {
          options.log(`listen: ${options.channel} subscribed again`);
          options.onResubscribe?.();
        },
        () => schedule(retryMs),
      );
    }, delay);
  };
  try {
    await subscribe();
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
  return {
    async close() {
      closed = true;
      clearTimeout(retrying);
      await sql.end({ timeout: 2 });
    },
  };
}
