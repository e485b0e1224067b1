// The exact transaction our REST service runs for a request, decided once by our own
// parse/plan/build functions, so the floor and raw references replay the same SQL and values.
import postgres from "postgres";
import { apiKeysFor } from "../../../supabase/local/keys";
import { createAuthenticator } from "../../../supabase/local/rest/authenticate";
import { parseRestConfig } from "../../../supabase/local/rest/config";
import { prepareTransaction } from "../../../supabase/local/rest/execute";
import { parseRequest } from "../../../supabase/local/rest/parse-request";
import { rawTextTypes } from "../../../supabase/local/rest/rest-pool";
import { startSchemaCache } from "../../../supabase/local/rest/schema-cache";
import { roleUrl } from "../../../supabase/local/stack";

export interface BenchCase {
  name: string;
  method: string;
  /** Path under /rest/v1 with its query string. */
  path: string;
  headers: Record<string, string>;
  body: string | null;
}

export interface ReplayedTransaction {
  readOnly: boolean;
  setup: { text: string; values: unknown[] };
  statement: { text: string; params: unknown[] };
  end: "commit" | "rollback";
  status: number;
}

export interface ResultRow {
  total: string | number | null;
  page_total: string | number | null;
  body: string | null;
}

/** A pool as our REST service opens it: the authenticator role, our type handling, same size. */
export function authenticatorPool(ownerUrl: string, max: number): postgres.Sql {
  return postgres(roleUrl(ownerUrl, "authenticator"), {
    max,
    onnotice: () => {},
    types: rawTextTypes,
  });
}

/**
 * Plans every case once against the live schema, as our service would for that request.
 * @example const txs = await replayable(db.ownerUrl, SECRET, cases);
 */
export async function replayable(
  ownerUrl: string,
  secret: string,
  cases: BenchCase[],
): Promise<Map<string, ReplayedTransaction>> {
  const keys = await apiKeysFor(secret);
  const config = parseRestConfig({}, keys);
  const sql = authenticatorPool(ownerUrl, 1);
  const cache = await startSchemaCache(
    sql,
    roleUrl(ownerUrl, "authenticator"),
    config.PGRST_DB_SCHEMAS,
    () => {},
  );
  try {
    const authenticate = createAuthenticator(config);
    const snapshot = cache.current();
    const out = new Map<string, ReplayedTransaction>();
    for (const item of cases) {
      const headers = Object.fromEntries(
        Object.entries(item.headers).map(([name, value]) => [name.toLowerCase(), value]),
      );
      const url = new URL(item.path, "http://bench");
      const caller = await authenticate((name) => headers[name]);
      const request = parseRequest(
        {
          method: item.method,
          path: url.pathname,
          query: url.searchParams,
          headers,
          body: item.body ?? "",
        },
        config,
        snapshot.timezones,
      );
      const tx = prepareTransaction(snapshot, config, caller, request);
      out.set(item.name, {
        readOnly: request.readOnly,
        setup: tx.setup,
        statement: tx.statement,
        end: tx.end,
        status: request.action === "insert" ? 201 : 200,
      });
    }
    return out;
  } finally {
    await cache.close();
    await sql.end();
  }
}

/**
 * BEGIN, set_config, the statement, COMMIT: pipelined on one reserved connection, as ours.
 * @example const row = await runTransaction(sql, tx);
 */
export async function runTransaction(
  sql: postgres.Sql,
  tx: ReplayedTransaction,
): Promise<ResultRow | undefined> {
  const connection = await sql.reserve();
  try {
    const settled = await Promise.allSettled([
      connection.unsafe(tx.readOnly ? "begin read only" : "begin"),
      connection.unsafe(tx.setup.text, tx.setup.values as never[], { prepare: true }),
      connection.unsafe<ResultRow[]>(tx.statement.text, tx.statement.params as never[], {
        prepare: true,
      }),
      connection.unsafe(tx.end),
    ]);
    for (const entry of settled) {
      if (entry.status === "rejected") {
        throw entry.reason;
      }
    }
    const result = settled[2];
    return result?.status === "fulfilled" ? (result.value as ResultRow[])[0] : undefined;
  } finally {
    connection.release();
  }
}

/** What a reference process (the floor server, the raw load) is given as its first argument. */
export interface ReplayInput {
  ownerUrl: string;
  secret: string;
  pool: number;
  cases: BenchCase[];
}

/**
 * A reference process's start: its JSON argument, every case planned, and the authenticator pool
 * it replays them on (the caller ends it).
 * @example const { input, planned, sql } = await startReplay<ReplayInput>();
 */
export async function startReplay<T extends ReplayInput>(): Promise<{
  input: T;
  planned: Map<string, ReplayedTransaction>;
  sql: postgres.Sql;
}> {
  const input = JSON.parse(process.argv[2] ?? "{}") as T;
  const planned = await replayable(input.ownerUrl, input.secret, input.cases);
  return { input, planned, sql: authenticatorPool(input.ownerUrl, input.pool) };
}
