// Turns row changes into `postgres_changes` pushes: which channels' bindings match (event,
// table, filters, applied here on the server), which of them may see the row (visibility.ts:
// RLS in Postgres, never here), and what each payload carries. Changes are handled in batches
// (whatever arrived while the previous batch was checked), one visibility round trip per
// batch, and pushed in commit order. DELETEs skip the check, as in Realtime; on a table with
// RLS their `old_record` carries only the primary key unless the role bypasses RLS.
import type postgres from "postgres";
import type { Catalog, ColumnInfo, TableInfo } from "./catalog";
import type { RowChange } from "./changes";
import type { Channel } from "./channel";
import { matchesFilters } from "./filters";
import type { Relation, Tuple } from "./pgoutput";
import { ChangePayload } from "./protocol";
import { awaitCommitted, keyString, type Question, visibleKeys } from "./visibility";

/** Changes checked together at most; more wait for the next round trip. */
const MAX_BATCH = 500;
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

interface Prepared {
  change: RowChange;
  info: TableInfo;
  groups: Group[];
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
  const pending: Array<{ change: RowChange; targets: Channel[] }> = [];
  let draining = false;

  /** Which channels' bindings match the change, grouped by (role, claims). */
  async function match(change: RowChange, targets: Channel[]): Promise<Prepared | undefined> {
    const oid = change.relation.id;
    if (!seenRelations.has(change.relation)) {
      seenRelations.add(change.relation);
      catalog.forget(oid);
    }
    const info = await catalog.table(oid);
    if (!info) {
      return undefined;
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
    return groups.size === 0 ? undefined : { change, info, groups: [...groups.values()] };
  }

  function payloadFor(prepared: Prepared, group: Group, columns: Set<string>): unknown {
    const { change, info } = prepared;
    const allowed = (name: string) => columns.has(name);
    const data: Record<string, unknown> = {
      schema: info.schema,
      table: info.table,
      commit_timestamp: change.commitTime.toISOString(),
      type: change.type,
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
    return data;
  }

  async function deliverBatch(
    batch: Array<{ change: RowChange; targets: Channel[] }>,
  ): Promise<[Channel, unknown][]> {
    const matched = (
      await Promise.all(batch.map(({ change, targets }) => match(change, targets)))
    ).filter((item): item is Prepared => item !== undefined);
    // Readable columns per (role, table), cached by the catalogue.
    const readable = new Map<string, Set<string>>();
    for (const { info, groups } of matched) {
      for (const group of groups) {
        const key = `${info.oid}:${group.role}`;
        if (!readable.has(key)) {
          readable.set(key, await catalog.readableColumns(group.role, info.oid));
        }
      }
    }
    const columnsOf = (info: TableInfo, group: Group) =>
      readable.get(`${info.oid}:${group.role}`) ?? new Set<string>();
    // One question per (group, table): every INSERT/UPDATE row of the batch it must judge.
    const questions = new Map<string, Question>();
    for (const { change, info, groups } of matched) {
      if (change.type === "DELETE" || !change.record) {
        continue;
      }
      for (const group of groups) {
        if (columnsOf(info, group).size === 0) {
          continue;
        }
        const key = `${info.oid}\u0000${group.role}\u0000${group.claims}`;
        const question = questions.get(key) ?? { ...group, table: info, rows: [] };
        question.rows.push(change.record);
        questions.set(key, question);
      }
    }
    const asked = [...questions.entries()];
    if (asked.length > 0) {
      await awaitCommitted(
        sql,
        matched.filter(({ change }) => change.type !== "DELETE").map(({ change }) => change.xid),
      );
    }
    const answers = await visibleKeys(
      sql,
      asked.map(([, question]) => question),
    );
    const visible = new Map(asked.map(([key], index) => [key, answers[index] ?? new Set()]));
    const pushes: [Channel, unknown][] = [];
    for (const prepared of matched) {
      const { change, info } = prepared;
      for (const group of prepared.groups) {
        const columns = columnsOf(info, group);
        if (change.type !== "DELETE") {
          const seen = visible.get(`${info.oid}\u0000${group.role}\u0000${group.claims}`);
          if (!change.record || !seen?.has(keyString(info, change.record))) {
            continue;
          }
        }
        // Serialised once per group; each channel's frame only adds its binding ids.
        const data = JSON.stringify(payloadFor(prepared, group, columns));
        for (const { channel, ids } of group.channels) {
          pushes.push([channel, new ChangePayload(ids, data)]);
        }
      }
    }
    return pushes;
  }

  async function drain(): Promise<void> {
    draining = true;
    while (pending.length > 0) {
      const batch = pending.splice(0, MAX_BATCH);
      const pushes = await deliverBatch(batch).catch((error: unknown) => {
        options.log(`realtime: could not deliver ${batch.length} change(s): ${String(error)}`);
        return [] as [Channel, unknown][];
      });
      for (const [channel, payload] of pushes) {
        channel.push("postgres_changes", payload);
      }
    }
    draining = false;
  }

  return (change) => {
    // Who listens is decided when the change arrives; batches run one after another, so
    // clients see changes in commit order.
    pending.push({ change, targets: [...options.channels()] });
    if (!draining) {
      void drain();
    }
  };
}
