// Calls one function on an interval and whenever Postgres NOTIFYs a channel: locally what
// pg_cron + pg_net (or a Database Webhook) do on hosted Supabase. Calls never overlap; a
// notification during a call schedules exactly one more.
import { type Listener, listenForever } from "../listen";

export interface TriggerOptions {
  /** Full URL of the function, e.g. `<api>/functions/v1/process-outbox`. */
  url: string;
  serviceRoleKey: string;
  intervalMs: number;
  /** LISTEN on this channel when set, over `databaseUrl`. */
  channel: string | undefined;
  databaseUrl: string;
  log: (line: string) => void;
}

export interface Trigger {
  /** Asks for a call now (coalesced with one in flight). */
  poke(): void;
  stop(): Promise<void>;
}

/**
 * @example const trigger = await startTrigger({ url, serviceRoleKey, intervalMs: 5000, channel: "atrium_outbox", databaseUrl, log });
 */
export async function startTrigger(options: TriggerOptions): Promise<Trigger> {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const call = async () => {
    try {
      const response = await fetch(options.url, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${options.serviceRoleKey}`,
          apikey: options.serviceRoleKey,
          "Content-Type": "application/json",
        },
        body: "{}",
      });
      const text = await response.text();
      if (!response.ok) {
        options.log(`trigger: ${options.url} answered ${response.status}: ${text.slice(0, 200)}`);
      }
    } catch (error) {
      options.log(`trigger: ${options.url} failed: ${String(error)}`);
    }
  };

  const poke = () => {
    if (stopped) {
      return;
    }
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await call();
      } while (again && !stopped);
      running = undefined;
    })();
  };

  const timer = setInterval(poke, options.intervalMs);
  // Kept across Postgres restarts; a re-subscription calls at once for what was missed.
  let listener: Listener | undefined;
  if (options.channel) {
    listener = await listenForever({
      url: options.databaseUrl,
      channel: options.channel,
      onNotify: () => poke(),
      onResubscribe: () => poke(),
      log: options.log,
    }).catch((error: unknown) => {
      clearInterval(timer);
      throw error;
    });
  }

  return {
    poke,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await listener?.close();
      await running;
    },
  };
}
