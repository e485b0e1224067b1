// What every service pool shares about an unreachable database: a bounded connect time, and one
// test for "the database is down or restarting" so each service answers 503 rather than 500,
// and a bound on work stuck on a connection that died.
import postgres from "postgres";
import { connectCoalesced } from "./coalescing-socket";

/**
 * Seconds a pool waits for a connection before the request fails (postgres.js waits 30 by
 * default). A stopped Postgres refuses at once; this bounds a host that does not answer at all.
 */
export const CONNECT_TIMEOUT_SECONDS = 5;

/**
 * Seconds before reconnecting after the `attempt`th failed connection. postgres.js grows this
 * to 20 s (3^n / 100) and counts failures across the whole pool, so after a few seconds of
 * outage a pool would sit idle for up to 20 s once Postgres is back. A second at most.
 */
export const reconnectBackoff = (attempt: number) => Math.min(0.05 * attempt, 1);

/** postgres.js's own connection failures (not SQLSTATEs): refused, closed, timed out. */
const clientCodes = /^(CONNECTION_|CONNECT_TIMEOUT|ECONN|ENOTFOUND|EPIPE|ETIMEDOUT|EHOSTUNREACH)/;

/**
 * SQLSTATEs of a server that is going away or not ready: connection exceptions (08), the
 * shutdown and crash terminations and "the database system is starting up" (57P01–57P03), and
 * too many connections (53300). PostgREST answers these with 503 too.
 */
const serverCodes = /^(08...|57P0[123]|53300)$/;

function codeOf(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : "";
}

/** The connection broke or never opened: a client-side failure, not an answer from Postgres. */
export function isConnectionError(error: unknown): boolean {
  return clientCodes.test(codeOf(error));
}

/**
 * The database cannot serve right now (down, restarting, full): the caller may retry.
 * @example if (isDatabaseUnavailable(error)) return c.json({...}, 503);
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  return clientCodes.test(code) || serverCodes.test(code);
}

/** Work given up on a connection that closed under it; still pending, it may settle later. */
export class AbandonedWork extends Error {
  readonly code = "CONNECTION_CLOSED";
  constructor() {
    super("the database connection closed under the request");
  }
}

/** No connection of the pool became free in time (PostgREST's PGRST003). */
export class AcquisitionTimeout extends Error {
  readonly code = "CONNECT_TIMEOUT";
  constructor(seconds: number) {
    super(`Timed out acquiring connection from connection pool after ${seconds} s`);
  }
}

/** How often a pool's watchdog looks at its deadlines while it has any (their precision). */
const WATCHDOG_TICK_MS = 50;

interface Guarded {
  graceMs: number;
  /** When the work is given up: set once a connection of the pool closes under it. */
  abandonAt: number;
  reject(error: Error): void;
}

interface Reservation {
  deadline: number;
  seconds: number;
  late: boolean;
  reject(error: Error): void;
}

/**
 * One watchdog per pool over its work in flight: reservations bounded in time, and work stuck
 * on a connection that closed. postgres.js leaves a query queued behind a reserved connection
 * pending forever when that connection dies (it waits for a describe round trip that never
 * comes), so a request could hang past any bound. A single interval, running only while some
 * deadline is pending, checks them all: a timer and a Promise.race per request cost ~3.5% of a
 * REST insert's CPU in the profile.
 */
class ConnectionWatch {
  private readonly guarded = new Set<Guarded>();
  private readonly reservations = new Set<Reservation>();
  private ticker: NodeJS.Timeout | undefined;

  /** The pool's `onclose` option: work in flight now is given up after its grace. */
  readonly onclose = () => {
    const now = Date.now();
    for (const entry of this.guarded) {
      entry.abandonAt = now + entry.graceMs;
    }
    if (this.guarded.size > 0) {
      this.startTicking();
    }
  };

  /** Starts the interval unless it runs; it stops itself once nothing is pending. */
  private startTicking(): void {
    if (this.ticker !== undefined) {
      return;
    }
    this.ticker = setInterval(() => {
      const now = Date.now();
      let abandoning = false;
      for (const entry of this.guarded) {
        if (entry.abandonAt <= now) {
          this.guarded.delete(entry);
          entry.reject(new AbandonedWork());
        } else if (entry.abandonAt !== Number.POSITIVE_INFINITY) {
          abandoning = true;
        }
      }
      for (const entry of this.reservations) {
        if (entry.deadline <= now) {
          this.reservations.delete(entry);
          entry.late = true;
          entry.reject(new AcquisitionTimeout(entry.seconds));
        }
      }
      if (!abandoning && this.reservations.size === 0) {
        clearInterval(this.ticker);
        this.ticker = undefined;
      }
    }, WATCHDOG_TICK_MS);
    this.ticker.unref();
  }

  /**
   * Settles as `work` does, or rejects with CONNECTION_CLOSED when a connection of the pool
   * closed while `work` ran and `work` is still pending `graceMs` later.
   */
  guard<T>(work: Promise<T>, graceMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry: Guarded = { graceMs, abandonAt: Number.POSITIVE_INFINITY, reject };
      this.guarded.add(entry);
      work.then(
        (value) => {
          this.guarded.delete(entry);
          resolve(value);
        },
        (error: unknown) => {
          this.guarded.delete(entry);
          reject(error);
        },
      );
    });
  }

  /** `sql.reserve()`, failing with AcquisitionTimeout past `seconds`; a late connection is released. */
  reserve(sql: postgres.Sql, seconds: number): Promise<postgres.ReservedSql> {
    return new Promise((resolve, reject) => {
      const entry: Reservation = {
        deadline: Date.now() + seconds * 1000,
        seconds,
        late: false,
        reject,
      };
      this.reservations.add(entry);
      this.startTicking();
      sql.reserve().then(
        (connection) => {
          this.reservations.delete(entry);
          if (entry.late) {
            connection.release();
          } else {
            resolve(connection);
          }
        },
        (error: unknown) => {
          this.reservations.delete(entry);
          reject(error);
        },
      );
    });
  }
}

const watches = new WeakMap<postgres.Sql, ConnectionWatch>();

/**
 * A service pool: a bounded connect time, and a watch on closing connections for guardWork.
 * @example const sql = openPool(context.databaseUrl("authenticator"), { max: 10 });
 */
export function openPool(
  url: string,
  options: postgres.Options<Record<string, postgres.PostgresType>>,
): postgres.Sql {
  const watch = new ConnectionWatch();
  const sql = postgres(url, {
    connect_timeout: CONNECT_TIMEOUT_SECONDS,
    backoff: reconnectBackoff,
    // A pipelined transaction leaves in one write even past postgres.js's 1 KiB flush (a
    // service's database URL names one host, which is all connectCoalesced connects to).
    socket: connectCoalesced,
    ...options,
    onclose: watch.onclose,
  } as postgres.Options<Record<string, postgres.PostgresType>>);
  watches.set(sql, watch);
  return sql;
}

/**
 * Bounds `work` on a reserved connection of `sql` (opened by openPool): when a connection of the
 * pool closes and `work` is still pending `graceMs` later, it fails as CONNECTION_CLOSED.
 * @example const rows = await guardWork(sql, Promise.allSettled(queries));
 */
export function guardWork<T>(sql: postgres.Sql, work: Promise<T>, graceMs = 2_000): Promise<T> {
  const watch = watches.get(sql);
  return watch ? watch.guard(work, graceMs) : work;
}

/**
 * `sql.reserve()` bounded by `seconds`. Across a Postgres restart postgres.js can leave a
 * reservation waiting although the server is back; a late connection is released at once.
 * @example const connection = await reserveWithin(sql, 10);
 */
export function reserveWithin(sql: postgres.Sql, seconds: number): Promise<postgres.ReservedSql> {
  const watch = watches.get(sql);
  if (watch) {
    return watch.reserve(sql, seconds);
  }
  const reservation = sql.reserve();
  let timer: NodeJS.Timeout | undefined;
  let late = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      reject(new AcquisitionTimeout(seconds));
    }, seconds * 1000);
  });
  reservation.then(
    (connection) => {
      if (late) {
        connection.release();
      }
    },
    () => {},
  );
  return Promise.race([reservation, timeout]).finally(() => clearTimeout(timer));
}
