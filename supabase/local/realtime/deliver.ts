// Turns one row change into `postgres_changes` pushes: which channels' bindings match (event,
// table, filters, applied here on the server), which of them may see the row (decided by RLS in
// Postgres, never here), and what each payload carries. Pushes leave in commit order.
//
// Visibility (supabase/realtime walrus `apply_rls`): for INSERT and UPDATE, subscribers are
// grouped by (role, claims); one read-only transaction per change then runs, per group,
// `set_config('role', …)` + `set_config('request.jwt.claims', …)` and selects the row by its
// primary key, all pipelined in one round trip. DELETEs skip the check; on a table with RLS
// their `old_record` carries only the primary key unless the role bypasses RLS.
import type postgres from "postgres";
import type { Catalog, ColumnInfo, TableInfo } from "./catalog";
import { ident } from "./catalog";
import type { RowChange } from "./changes";
import type { Channel } from "./channel";
import { matchesFilters } from "./filters";
import type { Relation, Tuple } from "./pgoutput";

const NUMBER_TYPES = new Set(["int2", "int4", "int8", "float4", "float8", "numeric", "oid"]);
/** Roles that see every row, so they also get a DELETE's whole old row. */
const BYPASS_ROLES = new Set(["service_role", "postgres", "supabase_admin"]);

/** A text value as the JSON value Realtime sends (numbers, booleans and JSON unquoted). */
function jsonValue(type: string, text: string | null): unknown {
  if (text === null) {
    return null;
  }
  if (NUMBER_TYPES.has(type)) {
    const number = Number(text);
    return Number.isFinite(number) && (Number.isSafeInteger(number) || !/^-?\d+$/.test(text))
      ? number
      : text;
  }
  if (type === "bool") {
    return text === "t";
  }
  if (type === "json" || type === "jsonb") {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function rowJson(
  tuple: Tuple,
  columns: ColumnInfo[],
  allowed: (name: string) => boolean,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const column of columns) {
    const value = tuple[column.name];
    if (value !== undefined && allowed(column.name)) {
      row[column.name] = jsonValue(column.type, value);
    }
  }
  return row;
}

function keyOf(tuple: Tuple, info: TableInfo): Tuple {
  return Object.fromEntries(
    info.columns
      .filter((column) => column.isKey)
      .map((column) => [column.name, tuple[column.name]]),
  );
}

interface Group {
  role: string;
  claims: string;
  channels: Array<{ channel: Channel; ids: number[] }>;
}

export interface DeliveryOptions {
  /** A pool as `authenticator`, which may become any API role. */
  sql: postgres.Sql;
  catalog: Catalog;
  channels(): Iterable<Channel>;
  log(message: string): void;
}

/**
 * Returns the change handler for the change source.
 * @example const onChange = createDelivery({ sql, catalog, channels: () => topics.channels(), log })
 */
export function createDelivery(options: DeliveryOptions): (change: RowChange) => void {
  const { sql, catalog } = options;
  const seenRelations = new WeakSet<Relation>();
  let tail: Promise<void> = Promise.resolve();

  /** Which groups may see the row; one pipelined transaction, or one per group on error. */
  async function visibleGroups(groups: Group[], info: TableInfo, row: Tuple): Promise<boolean[]> {
    const keys = info.columns.filter((column) => column.isKey);
    if (keys.length === 0) {
      return groups.map((group) => BYPASS_ROLES.has(group.role));
    }
    const where = keys
      .map((column, index) => `${ident(column.name)} = $${index + 1}::text::${column.sqlType}`)
      .join(" and ");
    const text = `select exists (select 1 from ${ident(info.schema)}.${ident(info.table)} where ${where}) as visible`;
    const values = keys.map((column) => row[column.name] ?? null);
    const settings = (tx: postgres.TransactionSql, group: Group) =>
      tx`select set_config('role', ${group.role}, true),
                set_config('request.jwt.claims', ${group.claims}, true)`;
    const check = (tx: postgres.TransactionSql) => tx.unsafe<{ visible: boolean }[]>(text, values);
    const isVisible = (rows: unknown) => (rows as { visible: boolean }[])[0]?.visible === true;
    try {
      // Promise.all starts the queries in this order, so postgres.js pipelines
      // set(A) check(A) set(B) check(B)… on the transaction's one connection.
      const results = await sql.begin("read only", (tx) =>
        Promise.all(groups.flatMap((group) => [settings(tx, group), check(tx)])),
      );
      return groups.map((_, index) => isVisible(results[index * 2 + 1]));
    } catch {
      // One group's failure (a revoked grant, say) aborts the shared transaction: retry alone.
      return Promise.all(
        groups.map((group) =>
          sql
            .begin("read only", async (tx) => {
              await settings(tx, group);
              return isVisible(await check(tx));
            })
            .catch(() => false),
        ),
      );
    }
  }

  async function prepare(change: RowChange, targets: Channel[]): Promise<[Channel, unknown][]> {
    const oid = change.relation.id;
    if (!seenRelations.has(change.relation)) {
      seenRelations.add(change.relation);
      catalog.forget(oid);
    }
    const info = await catalog.table(oid);
    if (!info) {
      return [];
    }
    const types = new Map(info.columns.map((column) => [column.name, column.type]));
    const typeOf = (name: string) => types.get(name) ?? "text";
    const filterRow = change.record ?? change.old ?? {};
    const groups = new Map<string, Group>();
    for (const channel of targets) {
      if (!channel.isOpen || channel.isExpired) {
        continue;
      }
      const ids = channel.pgBindings
        .filter(
          (binding) =>
            binding.tableOids.has(oid) &&
            (binding.event === "*" || binding.event === change.type) &&
            matchesFilters(binding.filters, filterRow, typeOf),
        )
        .map((binding) => binding.id);
      if (ids.length === 0) {
        continue;
      }
      const claims = JSON.stringify(channel.claims);
      const key = `${channel.role}\u0000${claims}`;
      const group = groups.get(key) ?? { role: channel.role, claims, channels: [] };
      group.channels.push({ channel, ids: [...new Set(ids)] });
      groups.set(key, group);
    }
    if (groups.size === 0) {
      return [];
    }
    const list = [...groups.values()];
    const readable = await Promise.all(
      list.map((group) => catalog.readableColumns(group.role, oid)),
    );
    let visible = list.map(() => true);
    if (change.type !== "DELETE" && change.record) {
      const record = change.record;
      const checked = list.filter((_, index) => (readable[index]?.size ?? 0) > 0);
      const results = await visibleGroups(checked, info, record);
      visible = list.map((group) => results[checked.indexOf(group)] === true);
    }
    const base = {
      schema: info.schema,
      table: info.table,
      commit_timestamp: change.commitTime.toISOString(),
      type: change.type,
    };
    const pushes: [Channel, unknown][] = [];
    list.forEach((group, index) => {
      if (!visible[index]) {
        return;
      }
      const columns = readable[index] ?? new Set<string>();
      const allowed = (name: string) => columns.has(name);
      const data: Record<string, unknown> = {
        ...base,
        columns: info.columns
          .filter((column) => allowed(column.name))
          .map((column) => ({ name: column.name, type: column.type })),
      };
      if (change.record) {
        data.record = rowJson(change.record, info.columns, allowed);
      }
      if (change.type === "UPDATE" && change.record) {
        data.old_record = rowJson(change.old ?? keyOf(change.record, info), info.columns, allowed);
      }
      if (change.type === "DELETE") {
        const old = change.old ?? {};
        const whole = !info.rls || BYPASS_ROLES.has(group.role);
        data.old_record = rowJson(whole ? old : keyOf(old, info), info.columns, () => true);
      }
      data.errors = null;
      for (const { channel, ids } of group.channels) {
        pushes.push([channel, { ids, data }]);
      }
    });
    return pushes;
  }

  return (change) => {
    // Who listens is decided when the change arrives; the checks run concurrently, the pushes
    // wait for every earlier change's, so clients see changes in commit order.
    const prepared = prepare(change, [...options.channels()]).catch((error: unknown) => {
      options.log(`realtime: could not deliver a change: ${String(error)}`);
      return [] as [Channel, unknown][];
    });
    tail = tail.then(async () => {
      for (const [channel, payload] of await prepared) {
        channel.push("postgres_changes", payload);
      }
    });
  };
}
