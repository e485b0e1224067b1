// `phx_join`: checks the token and the `postgres_changes` bindings of a join payload and turns
// them into a Channel, or into the reason Realtime would refuse the join with.
import { createHash, randomUUID } from "node:crypto";
import { type Claims, reason, verifyToken } from "./auth";
import type { Catalog } from "./catalog";
import { type ChangeEvent, Channel, type PgBinding } from "./channel";
import { FilterError, parseFilter } from "./filters";
import type { Frame } from "./protocol";

export interface JoinContext {
  jwtSecret: string;
  /** The socket's apikey (as a JWT), used when the join carries no token of its own. */
  apikey: string;
  catalog: Catalog;
  /** Starts the change source; rejects with the reason it cannot. */
  startChanges(): Promise<void>;
  send(frame: Frame): void;
  /** Whether the socket speaks vsn 2.0.0 (binary broadcasts reach only those). */
  canReceiveBinary: boolean;
}

export type JoinResult =
  | { ok: true; channel: Channel; response: { postgres_changes: unknown[] } }
  | { ok: false; reason: string };

const EVENTS = new Set<string>(["*", "INSERT", "UPDATE", "DELETE"]);

class JoinError extends Error {}

/** A small stable number per binding, as Realtime's `phash2(params)` is. */
function bindingId(params: unknown): number {
  return createHash("sha1").update(JSON.stringify(params)).digest().readUInt32BE(0) >>> 5;
}

function unableToSubscribe(params: Record<string, unknown>, detail?: string): JoinError {
  const described = `[event: ${String(params.event)}, schema: ${String(params.schema)}, table: ${String(params.table ?? "*")}, filters: ${params.filter ? `[${String(params.filter)}]` : "[]"}]`;
  return new JoinError(
    `RealtimeDisabledForConfiguration: Unable to subscribe to changes with given parameters. Please check Realtime is enabled for the given connect parameters: ${described}${detail ? ` (${detail})` : ""}`,
  );
}

async function buildBinding(catalog: Catalog, raw: unknown): Promise<PgBinding> {
  if (typeof raw !== "object" || raw === null) {
    throw new JoinError(
      "RealtimeDisabledForConfiguration: postgres_changes entries must be objects",
    );
  }
  const params = raw as Record<string, unknown>;
  const event = typeof params.event === "string" ? params.event.toUpperCase() : "";
  const schema = typeof params.schema === "string" ? params.schema : "";
  const table = typeof params.table === "string" && params.table !== "" ? params.table : undefined;
  if (!EVENTS.has(event) || schema === "") {
    throw unableToSubscribe(
      params,
      "event must be *, INSERT, UPDATE or DELETE and schema is required",
    );
  }
  const tables = await catalog.publishedTables(schema, table);
  if (tables.length === 0) {
    const exists =
      table !== undefined && table !== "*" && (await catalog.tableExists(schema, table));
    throw unableToSubscribe(
      params,
      exists ? `${schema}.${table} is not in publication supabase_realtime` : "no such table",
    );
  }
  let filters: PgBinding["filters"] = [];
  if (typeof params.filter === "string" && params.filter !== "") {
    try {
      filters = parseFilter(params.filter);
    } catch (error) {
      throw unableToSubscribe(params, error instanceof FilterError ? error.message : "bad filter");
    }
    for (const filter of filters) {
      const column = tables[0]?.columns.find((candidate) => candidate.name === filter.column);
      if (!column || tables.some((info) => !info.columns.some((c) => c.name === filter.column))) {
        throw unableToSubscribe(params, `invalid column for filter ${filter.column}`);
      }
      try {
        filter.values = await Promise.all(
          filter.values.map((value) => catalog.canonicalValue(column.sqlType, value)),
        );
      } catch {
        throw unableToSubscribe(params, `invalid value for filter ${filter.column}`);
      }
    }
  }
  return {
    id: bindingId(params),
    event: event as ChangeEvent,
    tableOids: new Set(tables.map((info) => info.oid)),
    filters,
  };
}

/**
 * Validates a join and builds its channel (not yet registered anywhere).
 * @example const result = await joinChannel(context, frame);
 */
export async function joinChannel(context: JoinContext, frame: Frame): Promise<JoinResult> {
  if (frame.topic === "realtime:") {
    return { ok: false, reason: "TopicNameRequired: You must provide a topic name" };
  }
  const payload = (
    typeof frame.payload === "object" && frame.payload !== null ? frame.payload : {}
  ) as { config?: Record<string, unknown>; access_token?: unknown; user_token?: unknown };
  const config = payload.config ?? {};
  const given = payload.access_token ?? payload.user_token;
  // Opaque `sb_…` keys are not JWTs: Realtime falls back to the socket's key, as here.
  const token = typeof given === "string" && !given.startsWith("sb_") ? given : context.apikey;
  const verified = await verifyToken(context.jwtSecret, token);
  if (!verified.ok) {
    return { ok: false, reason: reason(verified) };
  }
  const claims: Claims = verified.claims;
  const channelName = frame.topic.replace(/^realtime:/, "");
  if (config.private === true) {
    // Private channels are authorised by RLS on realtime.messages, which this stack lacks.
    return {
      ok: false,
      reason: `Unauthorized: You do not have permissions to read from this Channel topic: ${channelName}`,
    };
  }
  if (!(await context.catalog.canBecome(claims.role))) {
    return { ok: false, reason: `Unauthorized: role ${claims.role} cannot be used` };
  }
  const broadcast = (config.broadcast ?? {}) as { self?: unknown; ack?: unknown };
  const presence = (config.presence ?? {}) as { key?: unknown; enabled?: unknown };
  const requested = Array.isArray(config.postgres_changes) ? config.postgres_changes : [];
  let bindings: PgBinding[];
  try {
    bindings = await Promise.all(requested.map((raw) => buildBinding(context.catalog, raw)));
    if (bindings.length > 0) {
      await context.startChanges().catch((error: unknown) => {
        throw new JoinError(
          `UnableToConnectToProject: Realtime could not read changes from the database: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
    }
  } catch (error) {
    if (error instanceof JoinError) {
      return { ok: false, reason: error.message };
    }
    throw error;
  }
  const channel = new Channel({
    topic: frame.topic,
    joinRef: frame.joinRef ?? frame.ref,
    send: context.send,
    broadcastSelf: broadcast.self === true,
    broadcastAck: broadcast.ack === true,
    presenceKey:
      typeof presence.key === "string" && presence.key !== "" ? presence.key : randomUUID(),
    presenceEnabled: presence.enabled === true,
    canReceiveBinary: context.canReceiveBinary,
  });
  channel.pgBindings = bindings;
  channel.token = token;
  channel.claims = claims;
  return {
    ok: true,
    channel,
    // Each binding exactly as sent, plus its id: an invented `filter: ""` would break
    // realtime-js's binding comparison.
    response: {
      postgres_changes: requested.map((raw, index) => ({
        ...(raw as Record<string, unknown>),
        id: bindings[index]?.id,
      })),
    },
  };
}
