// Writes a backup of one database: its applied migrations and sequences in the header, then the
// rows of every data table, streamed by COPY TO STDOUT from one consistent snapshot.

import { once } from "node:events";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import postgres from "postgres";
import {
  listSequences,
  listTables,
  qualifiedName,
  quoteIdent,
  readAppliedMigrations,
} from "./catalogue";
import { END_OF_TABLE, FORMAT_VERSION, headerLine, tableLine } from "./format";

/**
 * postgres.js 3.4 pauses its socket when a COPY chunk fills the stream's buffer and resumes it
 * only from the stream's read(); when CopyDone arrives in the same TCP chunk the stream ends with
 * the socket still paused, and the next query on the connection waits forever (porsager/postgres
 * #499, fix pending in #1016). That was the backup's hang "at varying points": it depends on how
 * the server's packets happen to be split. The stream's own read hook resumes the socket; calling
 * it once the stream has ended is harmless when the socket is already flowing.
 */
function releaseSocket(readable: unknown): void {
  (readable as Readable)._read(0);
}

/**
 * Backs up the database at `superuserUrl` (a superuser reads every schema) into `file`.
 * @returns the number of tables and rows written.
 * @example await writeBackup(pg.superuserUrl(), ".local/backups/atrium-2026-01-01.backup");
 */
export async function writeBackup(
  superuserUrl: string,
  file: string,
): Promise<{ tables: number; rows: number }> {
  // Opened before anything else, so an existing or unwritable file is a plain error up front.
  const handle = await open(file, "wx").catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      error.code === "EEXIST"
        ? `${file} already exists; a backup never overwrites one.`
        : `${file} cannot be written: ${error.message}`,
    );
  });
  const sql = postgres(superuserUrl, { max: 1, onnotice: () => {} });
  const gzip = createGzip();
  const written = pipeline(gzip, handle.createWriteStream());
  const write = async (chunk: string | Buffer) => {
    if (!gzip.write(chunk)) {
      // A failed file write destroys gzip, which then never drains: the pipeline's end says so.
      await Promise.race([once(gzip, "drain"), written]);
    }
  };
  let rows = 0;
  let tables = 0;
  try {
    await sql.begin("isolation level repeatable read read only", async (tx) => {
      const applied = await readAppliedMigrations(tx);
      const entries = await listTables(tx);
      const sequences = await listSequences(tx);
      await write(
        headerLine({
          version: FORMAT_VERSION,
          createdAt: new Date().toISOString(),
          ...applied,
          sequences,
        }),
      );
      for (const table of entries) {
        await write(tableLine(table));
        const columns = table.columns.map(quoteIdent).join(", ");
        const readable = await tx
          .unsafe(`copy ${qualifiedName(table)} (${columns}) to stdout`)
          .readable();
        for await (const chunk of readable as AsyncIterable<Buffer>) {
          rows += chunk.reduce((count, byte) => count + (byte === 10 ? 1 : 0), 0);
          await write(chunk);
        }
        releaseSocket(readable);
        await write(`${END_OF_TABLE}\n`);
        tables++;
      }
    });
    gzip.end();
    await written;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    throw error;
  } finally {
    // Bounded: after a failure mid-COPY the socket may never be read again (see releaseSocket).
    await sql.end({ timeout: 5 });
  }
  return { tables, rows };
}
