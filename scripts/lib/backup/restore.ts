// Restores a backup: checks its migrations are a prefix of ours, recreates the database,
// applies Supabase's ground and the backup's migrations, loads every table by COPY FROM STDIN
// with triggers off, sets the sequences, then applies the migrations made since.

import { createReadStream } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { readMigrationFiles } from "drizzle-orm/migrator";
import postgres from "postgres";
import {
  applyBootstrap,
  applyMigrations,
  BOOTSTRAP_DIR,
  MIGRATIONS_DIR,
  withDatabase,
} from "../../../supabase/local/database";
import { qualifiedName, quoteIdent, type TableEntry } from "./catalogue";
import {
  type BackupHeader,
  END_OF_TABLE,
  parseHeader,
  parseTableLine,
  TABLE_PREFIX,
} from "./format";

/** Lines of a gzip file, one at a time, read as they are asked for. */
async function* readLines(file: string): AsyncGenerator<string> {
  const gunzip = createReadStream(file).pipe(createGunzip());
  gunzip.setEncoding("utf8");
  let rest = "";
  for await (const chunk of gunzip as AsyncIterable<string>) {
    rest += chunk;
    let newline = rest.indexOf("\n");
    while (newline !== -1) {
      yield rest.slice(0, newline);
      rest = rest.slice(newline + 1);
      newline = rest.indexOf("\n");
    }
  }
  if (rest !== "") {
    yield rest;
  }
}

async function firstLine(lines: AsyncIterator<string>, file: string): Promise<string | undefined> {
  try {
    return (await lines.next()).value as string | undefined;
  } catch {
    throw new Error(`${file} is not an Atrium backup (not a gzip file made by npm run db:backup).`);
  }
}

/** Refuses a backup whose bootstrap or migrations are not the start of ours. */
export async function checkMigrations(header: BackupHeader, file: string): Promise<number> {
  const ours = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR }).map((entry) => entry.hash);
  const bootstrap = (await readdir(BOOTSTRAP_DIR)).filter((name) => name.endsWith(".sql")).sort();
  const isPrefix = (theirs: string[], mine: string[]) =>
    theirs.length <= mine.length && theirs.every((item, index) => item === mine[index]);
  if (!isPrefix(header.bootstrap, bootstrap) || !isPrefix(header.migrations, ours)) {
    throw new Error(
      `${file} was made from migrations this checkout does not have (${header.migrations.length} in the backup, ${ours.length} here); restore it from the commit that made it.`,
    );
  }
  return header.migrations.length;
}

/** A copy of the migrations folder whose journal stops after the first `count` entries. */
async function migrationsPrefix(count: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "atrium-migrations-"));
  const journal = JSON.parse(
    await readFile(path.join(MIGRATIONS_DIR, "meta/_journal.json"), "utf8"),
  ) as {
    entries: { tag: string }[];
  };
  journal.entries = journal.entries.slice(0, count);
  await mkdir(path.join(dir, "meta"));
  await writeFile(path.join(dir, "meta/_journal.json"), JSON.stringify(journal));
  for (const entry of journal.entries) {
    await copyFile(
      path.join(MIGRATIONS_DIR, `${entry.tag}.sql`),
      path.join(dir, `${entry.tag}.sql`),
    );
  }
  return dir;
}

const asRole = (url: string, role: string) => {
  const parsed = new URL(url);
  parsed.username = role;
  return parsed.toString();
};

/** Drops and recreates the database of `superuserUrl` with its owner, then Supabase's ground. */
async function recreateDatabase(superuserUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(superuserUrl).pathname.slice(1));
  const admin = postgres(withDatabase(superuserUrl, "template1"), { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin<{ owner: string }[]>`
      select pg_get_userbyid(datdba) as owner from pg_database where datname = ${name}`;
    await admin.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`);
    await admin.unsafe(`create database ${quoteIdent(name)}`);
    await applyBootstrap(superuserUrl);
    if (row && row.owner !== new URL(superuserUrl).username) {
      await admin.unsafe(`alter database ${quoteIdent(name)} owner to ${quoteIdent(row.owner)}`);
    }
  } finally {
    await admin.end();
  }
}

/** Streams one table's COPY lines into the database, up to its `\.` line. */
async function loadTable(
  tx: postgres.TransactionSql,
  table: TableEntry,
  lines: AsyncIterator<string>,
) {
  const columns = table.columns.map(quoteIdent).join(", ");
  const writable = await tx
    .unsafe(`copy ${qualifiedName(table)} (${columns}) from stdin`)
    .writable();
  let rows = 0;
  async function* tableLines() {
    for (;;) {
      const next = await lines.next();
      if (next.done) {
        throw new Error(`the backup ends inside table ${table.schema}.${table.name}`);
      }
      if (next.value === END_OF_TABLE) {
        return;
      }
      rows++;
      yield `${next.value}\n`;
    }
  }
  // As postgres.js documents COPY FROM STDIN: a pipeline into its writable.
  await pipeline(Readable.from(tableLines()), writable);
  return rows;
}

/**
 * Replaces the database at `superuserUrl` with the backup in `file`.
 * @example await restoreBackup(pg.superuserUrl(), ".local/backups/atrium-….backup");
 */
export async function restoreBackup(
  superuserUrl: string,
  file: string,
): Promise<{ tables: number; rows: number }> {
  const lines = readLines(file);
  const header = parseHeader(await firstLine(lines, file), file);
  const count = await checkMigrations(header, file);
  await recreateDatabase(superuserUrl);
  const ownerUrl = asRole(superuserUrl, "postgres");
  const prefix = await migrationsPrefix(count);
  try {
    await applyMigrations(ownerUrl, prefix);
  } finally {
    await rm(prefix, { recursive: true, force: true });
  }
  const sql = postgres(superuserUrl, { max: 1, onnotice: () => {} });
  let tables = 0;
  let rows = 0;
  try {
    await sql.begin(async (tx) => {
      // Triggers (foreign keys included) stay off while rows go back as they were.
      await tx`set local session_replication_role = replica`;
      let truncated = false;
      for (;;) {
        const next = await lines.next();
        if (next.done) {
          break;
        }
        if (!next.value.startsWith(TABLE_PREFIX)) {
          throw new Error(`${file} is damaged near: ${next.value.slice(0, 60)}`);
        }
        const table = parseTableLine(next.value);
        if (!truncated) {
          // Rows the bootstrap and migrations inserted make way for the backup's own.
          const [existing] = await tx<{ names: string[] }[]>`
            select coalesce(array_agg(quote_ident(n.nspname) || '.' || quote_ident(c.relname)), '{}') as names
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind = 'r' and n.nspname = any(${["public", "auth", "storage", "private"]})
              and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')`;
          if (existing && existing.names.length > 0) {
            await tx.unsafe(`truncate ${existing.names.join(", ")}`);
          }
          truncated = true;
        }
        rows += await loadTable(tx, table, lines);
        tables++;
      }
      for (const sequence of header.sequences) {
        await tx`select setval(${qualifiedName(sequence)}::regclass, ${sequence.lastValue}::bigint, ${sequence.isCalled})`;
      }
    });
  } finally {
    await sql.end();
  }
  // Migrations made since the backup run over the restored rows, as they would have live.
  await applyMigrations(ownerUrl);
  return { tables, rows };
}
