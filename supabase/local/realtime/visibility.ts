// Which rows each subscriber group may see, decided by RLS in Postgres (supabase/realtime walrus
// `apply_rls`): per (role, claims) group, `set_config('role', …)` and
// `set_config('request.jwt.claims', …)`, then one query per table selecting, by primary key,
// the rows of the pending changes that the group can read. Every question of a batch of
// changes goes in one read-only transaction, pipelined into a single round trip.
import type postgres from "postgres";
import { ident, type TableInfo } from "./catalog";
import type { Tuple } from "./pgoutput";

export interface Question {
  role: string;
  /** The claims as JSON text, exactly as `request.jwt.claims` will hold them. */
  claims: string;
  table: TableInfo;
  /** Rows (at least their primary key columns) whose visibility is asked. */
  rows: Tuple[];
}

/**
 * A decoded commit can reach us a moment before other sessions see it (the commit record is
 * flushed before the transaction leaves the proc array), so a check could miss a row that is
 * there. This query says whether every given 32-bit xid is visible to a fresh snapshot; the
 * epoch is taken from the snapshot's xmax.
 */
const COMMITTED_SQL = `
  select coalesce(bool_and(pg_visible_in_snapshot(
           (case when (s.epoch << 32 | x) > s.xmax then (s.epoch - 1) << 32 | x
                 else s.epoch << 32 | x end)::text::xid8, c.snap)), true) as ready
  from (select pg_current_snapshot() as snap) c
  cross join lateral (select pg_snapshot_xmax(c.snap)::text::bigint as xmax) m
  cross join lateral (select m.xmax >> 32 as epoch, m.xmax) s
  cross join unnest($1::bigint[]) as x`;

const COMMIT_WAIT_MS = 2_000;

/**
 * Waits (briefly) until the transactions are visible to new snapshots.
 * @example await awaitCommitted(sql, [change.xid]);
 */
export async function awaitCommitted(sql: postgres.Sql, xids: number[]): Promise<void> {
  if (xids.length === 0) {
    return;
  }
  const deadline = Date.now() + COMMIT_WAIT_MS;
  const unique = [...new Set(xids)];
  for (;;) {
    const [row] = await sql.unsafe<{ ready: boolean }[]>(COMMITTED_SQL, [unique], {
      prepare: true,
    });
    if (row?.ready !== false || Date.now() > deadline) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** The primary key of a row as one comparable string. */
export function keyString(table: TableInfo, row: Tuple): string {
  return JSON.stringify(
    table.columns.filter((column) => column.isKey).map((column) => row[column.name] ?? null),
  );
}

function checkQuery(table: TableInfo): string {
  const keys = table.columns.filter((column) => column.isKey);
  const names = keys.map((column) => ident(column.name)).join(", ");
  const casts = keys.map((column, index) => `u.c${index}::${column.sqlType}`).join(", ");
  const arrays = keys.map((_, index) => `$${index + 1}::text[]`).join(", ");
  const aliases = keys.map((_, index) => `c${index}`).join(", ");
  const selects = keys
    .map((column, index) => `${ident(column.name)}::text as k${index}`)
    .join(", ");
  // Identifiers and type spellings come from the catalogue; key values are bound as arrays.
  return `select ${selects} from ${ident(table.schema)}.${ident(table.table)}
    where (${names}) in (select ${casts} from unnest(${arrays}) as u(${aliases}))`;
}

function keyArrays(question: Question): string[][] {
  const keys = question.table.columns.filter((column) => column.isKey);
  return keys.map((column) => question.rows.map((row) => row[column.name] ?? ""));
}

function visibleSet(rows: unknown, question: Question): Set<string> {
  const count = question.table.columns.filter((column) => column.isKey).length;
  return new Set(
    (rows as Record<string, string>[]).map((row) =>
      JSON.stringify(Array.from({ length: count }, (_, index) => row[`k${index}`] ?? null)),
    ),
  );
}

/**
 * Answers every question in one transaction: for each, the key strings of the visible rows.
 * Tables without a primary key cannot be checked: nothing in them is visible under RLS.
 * @example const [visible] = await visibleKeys(sql, [{ role, claims, table, rows }]);
 */
export async function visibleKeys(
  sql: postgres.Sql,
  questions: Question[],
): Promise<Set<string>[]> {
  const checkable = questions.map((question) => question.table.columns.some((c) => c.isKey));
  const run = (tx: postgres.TransactionSql, subset: number[]) => {
    const queries: Promise<unknown>[] = [];
    const answerAt: number[] = [];
    let lastGroup = "";
    for (const index of subset) {
      const question = questions[index] as Question;
      const group = `${question.role}\u0000${question.claims}`;
      if (group !== lastGroup) {
        queries.push(
          tx`select set_config('role', ${question.role}, true),
                    set_config('request.jwt.claims', ${question.claims}, true)`,
        );
        lastGroup = group;
      }
      answerAt[index] = queries.length;
      queries.push(tx.unsafe(checkQuery(question.table), keyArrays(question), { prepare: true }));
    }
    // Promise.all starts them in order: postgres.js pipelines them on the one connection.
    return Promise.all(queries).then((results) =>
      subset.map((index) =>
        visibleSet(results[answerAt[index] ?? -1], questions[index] as Question),
      ),
    );
  };
  // Questions of one group sit together, so each group switches role and claims once.
  const order = questions
    .map((question, index) => ({ index, group: `${question.role}\u0000${question.claims}` }))
    .filter(({ index }) => checkable[index])
    .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.index - b.index))
    .map(({ index }) => index);
  const answers = questions.map(() => new Set<string>());
  try {
    const results = await sql.begin("read only", (tx) => run(tx, order));
    order.forEach((index, position) => {
      answers[index] = results[position] ?? new Set();
    });
  } catch {
    // One failing question (a revoked grant, say) aborts the shared transaction: ask alone.
    await Promise.all(
      order.map(async (index) => {
        answers[index] = await sql
          .begin("read only", (tx) => run(tx, [index]))
          .then((results) => results[0] ?? new Set<string>())
          .catch(() => new Set<string>());
      }),
    );
  }
  return answers;
}
