// The change source: row changes read from the database's own write-ahead log by logical
// decoding (pgoutput over the `supabase_realtime` publication, one temporary slot), so every
// committed INSERT/UPDATE/DELETE on a published table arrives here in commit order, whoever
// made it: REST, Auth, a migration or plain SQL in psql.
//
// Why logical decoding and not triggers + pg_notify: it needs no object in the user's schema
// (migrations and their drift check stay ours alone), it has no 8000-byte NOTIFY payload limit,
// it sees changes made by any client, and it is what hosted Supabase Realtime reads too.
//
// Limits, also in README.md:
// - The slot is TEMPORARY, made on the first postgres_changes join and dropped again when no
//   channel has listened for a while: changes committed while nobody listens (or while the
//   stream reconnects) are never delivered, as on hosted Supabase.
// - Creating a slot waits until transactions already running in the cluster end.
// - It needs `wal_level=logical` and a login with REPLICATION (`postgres` locally and on hosted
//   Supabase). Against a server without them the start fails and joins are refused with the
//   reason; nothing else in the stack is affected.
// - Large values are sent whole (no 1 MB cap as on hosted); unchanged TOASTed values of an
//   UPDATE are missing from the record unless the table has REPLICA IDENTITY FULL.
import { randomBytes } from "node:crypto";
import type { Duplex } from "node:stream";
import postgres from "postgres";
import { decodePgOutput, type Relation, type Tuple } from "./pgoutput";

export const PUBLICATION = "supabase_realtime";

export interface RowChange {
  type: "INSERT" | "UPDATE" | "DELETE";
  relation: Relation;
  commitTime: Date;
  /** The committing transaction's (32-bit) id. */
  xid: number;
  /** New row (INSERT, UPDATE). */
  record: Tuple | null;
  /** Old row: replica identity columns, or all columns with REPLICA IDENTITY FULL. */
  old: Tuple | null;
}

export interface ChangeSource {
  /** Starts streaming if it is not yet; resolves once changes committed from now on will arrive. */
  start(): Promise<void>;
  readonly isStreaming: boolean;
  /** Ends the stream and drops its slot; a later `start()` makes a new one. */
  stop(): Promise<void>;
  /** Stops for good. */
  close(): Promise<void>;
}

export interface ChangeSourceOptions {
  /** A login with REPLICATION (e.g. `postgres`). */
  databaseUrl: string;
  onChange(change: RowChange): void;
  log(message: string): void;
  /** Run after the slot is gone, e.g. to wait until Postgres has really dropped it. */
  afterStop?(slot: string): Promise<void>;
}

const STATUS_INTERVAL_MS = 10_000;
const RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 10_000;

/** Standby status update ('r'): we have processed everything up to `lsn`. */
function statusUpdate(lsn: bigint): Buffer {
  const message = Buffer.alloc(34);
  message.write("r", 0);
  message.writeBigUInt64BE(lsn, 1);
  message.writeBigUInt64BE(lsn, 9);
  message.writeBigUInt64BE(lsn, 17);
  message.writeBigInt64BE(BigInt(Date.now() - Date.UTC(2000, 0, 1)) * 1000n, 25);
  message.writeUInt8(0, 33);
  return message;
}

/**
 * Creates an idle change source; nothing connects until `start()`.
 * @example const source = createChangeSource({ databaseUrl, onChange, log }); await source.start();
 */
export function createChangeSource(options: ChangeSourceOptions): ChangeSource {
  let starting: Promise<void> | undefined;
  let streaming = false;
  let closed = false;
  /** Someone asked for the stream (start) and has not stopped it: worth reconnecting. */
  let wanted = false;
  let current:
    | { sql: postgres.Sql; stream: Duplex; slot: string; timer: NodeJS.Timeout }
    | undefined;
  let restartTimer: NodeJS.Timeout | undefined;

  /** Retries until the database is back (or `stop()`/`close()`), backing off to 10 s. */
  function scheduleRestart(delay: number): void {
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      void source.start().catch((error: unknown) => {
        options.log(`realtime: change stream restart failed: ${String(error)}`);
        if (wanted && !closed && !streaming) {
          scheduleRestart(Math.min(delay * 2, MAX_RESTART_DELAY_MS));
        }
      });
    }, delay);
    restartTimer.unref();
  }

  async function connect(): Promise<void> {
    const sql = postgres(options.databaseUrl, {
      max: 1,
      fetch_types: false,
      idle_timeout: 0,
      max_lifetime: null,
      onnotice: () => {},
      // Values are decoded by the walsender with its own settings: UTC, as hosted Supabase runs.
      connection: { replication: "database", application_name: "atrium-realtime", TimeZone: "UTC" },
    });
    const slot = `atrium_realtime_${randomBytes(6).toString("hex")}`;
    let stream: Duplex;
    try {
      const [level] = await sql.unsafe<{ wal_level: string }[]>("SHOW wal_level").simple();
      if (level?.wal_level !== "logical") {
        throw new Error(
          `wal_level is ${level?.wal_level ?? "unknown"}; Realtime needs wal_level=logical`,
        );
      }
      const [created] = await sql
        .unsafe<{ consistent_point: string }[]>(
          `CREATE_REPLICATION_SLOT ${slot} TEMPORARY LOGICAL pgoutput NOEXPORT_SNAPSHOT`,
        )
        .simple();
      const start = created?.consistent_point ?? "0/0";
      stream = (await sql
        .unsafe(
          `START_REPLICATION SLOT ${slot} LOGICAL ${start} (proto_version '1', publication_names '${PUBLICATION}')`,
        )
        .writable()) as unknown as Duplex;
    } catch (error) {
      await sql.end({ timeout: 1 }).catch(() => {});
      throw error;
    }

    const relations = new Map<number, Relation>();
    let lastLsn = 0n;
    let commitTime = new Date();
    let xid = 0;
    const acknowledge = () => {
      if (!stream.destroyed && stream.writable) {
        stream.write(statusUpdate(lastLsn));
      }
    };
    stream.on("data", (chunk: Buffer) => {
      const kind = String.fromCharCode(chunk[0] ?? 0);
      if (kind === "k") {
        lastLsn = chunk.readBigUInt64BE(1) > lastLsn ? chunk.readBigUInt64BE(1) : lastLsn;
        if (chunk[17] === 1) {
          acknowledge();
        }
        return;
      }
      if (kind !== "w") {
        return;
      }
      const end = chunk.readBigUInt64BE(9);
      lastLsn = end > lastLsn ? end : lastLsn;
      const message = decodePgOutput(chunk.subarray(25), relations);
      if (message.tag === "begin") {
        commitTime = message.commitTime;
        xid = message.xid;
        return;
      }
      if (message.tag !== "insert" && message.tag !== "update" && message.tag !== "delete") {
        return;
      }
      const relation = relations.get(message.relationId);
      if (!relation) {
        return;
      }
      try {
        options.onChange({
          type:
            message.tag === "insert" ? "INSERT" : message.tag === "update" ? "UPDATE" : "DELETE",
          relation,
          commitTime,
          xid,
          record: message.tag === "delete" ? null : message.row,
          old: message.tag === "insert" ? null : message.old,
        });
      } catch (error) {
        options.log(`realtime: change handler failed: ${String(error)}`);
      }
    });
    const lost = (reason: string) => {
      if (current?.stream !== stream) {
        return;
      }
      clearInterval(current.timer);
      current = undefined;
      streaming = false;
      starting = undefined;
      void sql.end({ timeout: 1 }).catch(() => {});
      if (wanted && !closed) {
        options.log(`realtime: change stream lost (${reason}); reconnecting`);
        scheduleRestart(RESTART_DELAY_MS);
      }
    };
    stream.on("error", (error: Error) => lost(error.message));
    stream.on("close", () => lost("closed"));
    const timer = setInterval(acknowledge, STATUS_INTERVAL_MS);
    timer.unref();
    current = { sql, stream, slot, timer };
    streaming = true;
  }

  const source: ChangeSource = {
    get isStreaming() {
      return streaming;
    },
    start() {
      wanted = true;
      if (closed) {
        return Promise.reject(new Error("Realtime is shutting down"));
      }
      starting ??= connect().catch((error: unknown) => {
        starting = undefined;
        throw error;
      });
      return starting;
    },
    async stop() {
      wanted = false;
      if (restartTimer) {
        clearTimeout(restartTimer);
        restartTimer = undefined;
      }
      await starting?.catch(() => {});
      const running = current;
      current = undefined;
      streaming = false;
      starting = undefined;
      if (!running) {
        return;
      }
      clearInterval(running.timer);
      running.stream.destroy();
      await running.sql.end({ timeout: 1 }).catch(() => {});
      await options.afterStop?.(running.slot);
    },
    async close() {
      closed = true;
      await source.stop();
    },
  };
  return source;
}
