// Restores a backup: checks its migrations are a prefix of ours, recreates the database,
// applies Supabase's ground and the backup's migrations, loads every table by COPY FROM STDIN
// with triggers off, sets the sequences, then applies the migrations made since.

import { createReadStream } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { readMigrationFiles } from "drizzle-orm/migrator";
import postgres from "postgres";
import {
  applyMigrations,
  BOOTSTRAP_DIR,
  MIGRATIONS_DIR,
  withDatabase,
} from "../../../supabase/local/database";
import { DATA_SCHEMAS, qualifiedName, quoteIdent, type TableEntry } from "./catalogue";
import { createScratchDatabase, dropDatabase, swapDatabases } from "./databases";
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
  let started = false;
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      started = true;
      rest += chunk;
      let newline = rest.indexOf("\n");
      while (newline !== -1) {
        yield rest.slice(0, newline);
        rest = rest.slice(newline + 1);
        newline = rest.indexOf("\n");
      }
    }
  } catch (error) {
    throw new Error(
      started
        ? `${file} is damaged (${error instanceof Error ? error.message : error}); nothing was changed.`
        : `${file} is not an Atrium backup (not a gzip file made by npm run db:backup).`,
    );
  } finally {
    gunzip.destroy();
  }
  if (rest !== "") {
    yield rest;
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

const databaseOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

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
  // Lines go out in batches: one CopyData message per row costs a write and a callback each.
  async function* tableLines() {
    let batch = "";
    for (;;) {
      const next = await lines.next();
      if (next.done) {
        throw new Error(`the backup ends inside table ${table.schema}.${table.name}`);
      }
      if (next.value === END_OF_TABLE) {
        break;
      }
      rows++;
      batch += `${next.value}\n`;
      if (batch.length >= 64 * 1024) {
        yield batch;
        batch = "";
      }
    }
    if (batch !== "") {
      yield batch;
    }
  }
  // As postgres.js documents COPY FROM STDIN: a pipeline into its writable.
  const source = Readable.from(tableLines());
  const copied = pipeline(source, writable);
  copied.catch(() => {}); // awaited below; a late settle after a failure must not go unhandled
  await finished(source);
  await confirmCopy(tx, copied);
  return rows;
}

/**
 * Waits for the server's verdict on a COPY FROM STDIN whose data is all sent. postgres.js 3.4
 * finishes the writable on CommandComplete only: when the server rejects a row after the last
 * chunk went out (a damaged backup), the writable never finishes and awaiting it hangs. A query
 * queued behind the COPY is answered either way, and fails when the COPY did.
 */
async function confirmCopy(tx: postgres.TransactionSql, copied: Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await tx`select 1`;
      break;
    } catch (error) {
      // Until the writable has sent CopyDone, postgres.js refuses other queries on the connection.
      if ((error as { code?: string }).code === "COPY_IN_PROGRESS" && attempt < 10_000) {
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      // The COPY's own error when the stream saw it; otherwise only that the COPY failed.
      await Promise.race([copied, new Promise((resolve) => setImmediate(resolve))]);
      throw new Error("the server rejected its rows");
    }
  }
  await copied;
}

/** Loads every table of the backup into the database at `superuserUrl`, then its sequences. */
async function loadRows(
  superuserUrl: string,
  header: BackupHeader,
  lines: AsyncIterator<string>,
  file: string,
): Promise<{ tables: number; rows: number }> {
  const sql = postgres(superuserUrl, { max: 1, onnotice: () => {} });
  let tables = 0;
  let rows = 0;
  try {
    await sql.begin(async (tx) => {
      // Triggers (foreign keys included) stay off while rows go back as they were.
      await tx`set local session_replication_role = replica`;
      // Rows the bootstrap and migrations inserted make way for the backup's own.
      const [existing] = await tx<{ names: string[] }[]>`
        select coalesce(array_agg(quote_ident(n.nspname) || '.' || quote_ident(c.relname)), '{}') as names
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and n.nspname = any(${DATA_SCHEMAS})
          and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')`;
      if (existing && existing.names.length > 0) {
        await tx.unsafe(`truncate ${existing.names.join(", ")}`);
      }
      for (;;) {
        const next = await lines.next();
        if (next.done) {
          break;
        }
        if (!next.value.startsWith(TABLE_PREFIX)) {
          throw new Error(`${file} is damaged near: ${next.value.slice(0, 60)}`);
        }
        const table = parseTableLine(next.value);
        rows += await loadTable(tx, table, lines).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(
            reason.startsWith(file)
              ? reason
              : `${file} is damaged: table ${table.schema}.${table.name} could not be loaded (${reason}).`,
          );
        });
        tables++;
      }
      for (const sequence of header.sequences) {
        await tx`select setval(${qualifiedName(sequence)}::regclass, ${sequence.lastValue}::bigint, ${sequence.isCalled})`;
      }
    });
  } finally {
    // Bounded: after a failed COPY postgres.js may still wait for a CommandComplete that never comes.
    await sql.end({ timeout: 5 });
  }
  return { tables, rows };
}

/**
 * Replaces the database at `superuserUrl` with the backup in `file`. Everything is built in a
 * scratch database first and swapped in at the end, so a damaged file leaves the database as it was.
 * @example await restoreBackup(pg.superuserUrl(), ".local/backups/atrium-….backup");
 */
export async function restoreBackup(
  superuserUrl: string,
  file: string,
): Promise<{ tables: number; rows: number }> {
  const lines = readLines(file);
  try {
    const header = parseHeader((await lines.next()).value as string | undefined, file);
    const count = await checkMigrations(header, file);
    const target = databaseOf(superuserUrl);
    const scratch = `${target.slice(0, 50)}_restoring`;
    const scratchUrl = withDatabase(superuserUrl, scratch);
    await createScratchDatabase(superuserUrl, scratch);
    try {
      const ownerUrl = asRole(scratchUrl, "postgres");
      const prefix = await migrationsPrefix(count);
      try {
        await applyMigrations(ownerUrl, prefix);
      } finally {
        await rm(prefix, { recursive: true, force: true });
      }
      const loaded = await loadRows(scratchUrl, header, lines, file);
      // Migrations made since the backup run over the restored rows, as they would have live.
      await applyMigrations(ownerUrl);
      await swapDatabases(superuserUrl, scratch, target);
      return loaded;
    } catch (error) {
      await dropDatabase(superuserUrl, scratch);
      throw error;
    }
  } finally {
    await lines.return(undefined);
  }
}
