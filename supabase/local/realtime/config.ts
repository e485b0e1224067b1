// Realtime configuration, read once at start-up from the stack's env and validated by zod.
import { z } from "zod";
import { parseEnv } from "../parse-env";

const schema = z.object({
  /** Stop the change stream (and drop its replication slot) after this long unlistened. */
  REALTIME_IDLE_STOP_MS: z.coerce.number().int().positive().default(60_000),
});

export type RealtimeConfig = z.output<typeof schema>;

/**
 * Parses the Realtime settings, failing with every bad name at once.
 * @example const config = parseRealtimeConfig(context.env);
 */
export function parseRealtimeConfig(env: Record<string, string | undefined>): RealtimeConfig {
  return parseEnv("realtime", schema, env);
}
