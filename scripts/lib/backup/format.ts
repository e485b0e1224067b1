// The backup file: gzip of a header line, then per table a `TABLE` line, its rows in COPY text
// format and a `\.` line (a line COPY text output never contains: backslashes are escaped).
import type { AppliedMigrations, SequenceEntry, TableEntry } from "./catalogue";

export const MAGIC = "ATRIUM-BACKUP";
export const FORMAT_VERSION = 1;
export const TABLE_PREFIX = "TABLE ";
export const END_OF_TABLE = "\\.";

export interface BackupHeader extends AppliedMigrations {
  version: number;
  createdAt: string;
  sequences: SequenceEntry[];
}

export const headerLine = (header: BackupHeader) => `${MAGIC} ${JSON.stringify(header)}\n`;
export const tableLine = (table: TableEntry) => `${TABLE_PREFIX}${JSON.stringify(table)}\n`;

/** Parses the first line, or says in one line why the file is not a backup we can read. */
export function parseHeader(line: string | undefined, file: string): BackupHeader {
  if (!line?.startsWith(`${MAGIC} `)) {
    throw new Error(`${file} is not an Atrium backup (made by npm run db:backup).`);
  }
  let header: BackupHeader;
  try {
    header = JSON.parse(line.slice(MAGIC.length + 1)) as BackupHeader;
  } catch {
    throw new Error(`${file} has a damaged header; it cannot be restored.`);
  }
  if (header.version !== FORMAT_VERSION || !Array.isArray(header.migrations)) {
    throw new Error(`${file} is a backup format this version cannot read (${header.version}).`);
  }
  return header;
}

/** Parses a `TABLE` line, checking its shape (the names reach SQL only through quoteIdent). */
export function parseTableLine(line: string): TableEntry {
  const table = JSON.parse(line.slice(TABLE_PREFIX.length)) as TableEntry;
  const isName = (value: unknown) => typeof value === "string" && value.length > 0;
  if (!isName(table.schema) || !isName(table.name) || !table.columns?.every(isName)) {
    throw new Error(`damaged table entry: ${line.slice(0, 80)}`);
  }
  return table;
}
