// What a backup holds, read from the catalogue: the tables of the data schemas (in an order
// that satisfies their foreign keys), their sequences, and the migrations that made the schema.
import type postgres from "postgres";

/** Schemas whose rows a backup carries; those absent from a database are skipped. */
export const DATA_SCHEMAS = ["public", "auth", "storage", "private"];

export interface TableEntry {
  schema: string;
  name: string;
  /** Stored columns (generated ones are computed again on load). */
  columns: string[];
}

export interface SequenceEntry {
  schema: string;
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface AppliedMigrations {
  /** `supabase_migrations.bootstrap` names, in order. */
  bootstrap: string[];
  /** `drizzle.__drizzle_migrations` hashes, in order. */
  migrations: string[];
}

/** The one way an identifier from the catalogue enters SQL text. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export const qualifiedName = (entry: { schema: string; name: string }) =>
  `${quoteIdent(entry.schema)}.${quoteIdent(entry.name)}`;

/** Tables not created by an extension, parents before the tables that reference them. */
export async function listTables(sql: postgres.ISql): Promise<TableEntry[]> {
  const tables = await sql<{ schema: string; name: string; columns: string[] }[]>`
    select n.nspname as schema, c.relname as name,
           array_agg(a.attname::text order by a.attnum) as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                       and a.attgenerated = ''
    where c.relkind = 'r' and not c.relispartition and n.nspname = any(${DATA_SCHEMAS})
      and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
    group by n.nspname, c.relname
    order by n.nspname, c.relname`;
  const edges = await sql<{ child: string; parent: string }[]>`
    select cn.nspname || '.' || c.relname as child, pn.nspname || '.' || p.relname as parent
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
    join pg_class p on p.oid = k.confrelid join pg_namespace pn on pn.oid = p.relnamespace
    where k.contype = 'f' and k.conrelid <> k.confrelid`;
  const key = (table: TableEntry) => `${table.schema}.${table.name}`;
  const byKey = new Map(tables.map((table) => [key(table), table]));
  const parents = new Map<string, Set<string>>();
  for (const { child, parent } of edges) {
    if (byKey.has(child) && byKey.has(parent)) {
      parents.set(child, (parents.get(child) ?? new Set()).add(parent));
    }
  }
  const ordered: TableEntry[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (table: TableEntry) => {
    const id = key(table);
    if (placed.has(id) || visiting.has(id)) {
      return; // a cycle: the load runs with triggers off, so any order is valid there
    }
    visiting.add(id);
    for (const parent of parents.get(id) ?? []) {
      const entry = byKey.get(parent);
      if (entry) {
        place(entry);
      }
    }
    visiting.delete(id);
    placed.add(id);
    ordered.push(table);
  };
  for (const table of tables) {
    place(table);
  }
  return ordered;
}

/** Sequences of the data schemas with their current values. */
export async function listSequences(sql: postgres.ISql): Promise<SequenceEntry[]> {
  const sequences = await sql<{ schema: string; name: string }[]>`
    select n.nspname as schema, c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'S' and n.nspname = any(${DATA_SCHEMAS})
      and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
    order by 1, 2`;
  const entries: SequenceEntry[] = [];
  for (const sequence of sequences) {
    const [row] = await sql.unsafe<{ last_value: string; is_called: boolean }[]>(
      `select last_value::text, is_called from ${qualifiedName(sequence)}`,
    );
    if (row) {
      entries.push({ ...sequence, lastValue: row.last_value, isCalled: row.is_called });
    }
  }
  return entries;
}

/** The bootstrap files and Drizzle migrations applied to the database, in order. */
export async function readAppliedMigrations(sql: postgres.ISql): Promise<AppliedMigrations> {
  const bootstrap = await sql<{ name: string }[]>`
    select name from supabase_migrations.bootstrap order by name`;
  const migrations = await sql<{ hash: string }[]>`
    select hash from drizzle.__drizzle_migrations order by id`;
  return {
    bootstrap: bootstrap.map((row) => row.name),
    migrations: migrations.map((row) => row.hash),
  };
}
