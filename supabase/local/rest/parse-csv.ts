// CSV request bodies (RFC 4180), as PostgREST reads them for inserts: the first record names the
// columns, an unquoted `NULL` is SQL null, every other field is text that Postgres casts.
import { badBody } from "./errors";

/**
 * Splits CSV text into records of fields; `quoted` marks fields written in double quotes.
 * @example parseRecords('a,"b ""c"""\n') // [[{ text: "a", quoted: false }, { text: 'b "c"', quoted: true }]]
 */
function parseRecords(text: string): { text: string; quoted: boolean }[][] {
  const records: { text: string; quoted: boolean }[][] = [];
  let record: { text: string; quoted: boolean }[] = [];
  let field = "";
  let quoted = false;
  let inQuotes = false;
  let at = 0;
  const endField = () => {
    record.push({ text: field, quoted });
    field = "";
    quoted = false;
  };
  while (at < text.length) {
    const char = text[at];
    if (inQuotes) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at += 2;
        continue;
      }
      if (char === '"') {
        inQuotes = false;
      } else {
        field += char;
      }
      at++;
      continue;
    }
    if (char === '"' && field === "" && !quoted) {
      inQuotes = true;
      quoted = true;
    } else if (char === ",") {
      endField();
    } else if (char === "\n" || char === "\r") {
      endField();
      records.push(record);
      record = [];
      if (char === "\r" && text[at + 1] === "\n") {
        at++;
      }
    } else {
      field += char;
    }
    at++;
  }
  if (inQuotes) {
    throw badBody("CSV: a quoted field is not closed");
  }
  if (field !== "" || quoted || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/**
 * The rows of a CSV body as objects keyed by the header's column names.
 * @example parseCsvRows("id,name\n1,NULL\n") // [{ id: "1", name: null }]
 */
export function parseCsvRows(text: string): Record<string, string | null>[] {
  const [header, ...rows] = parseRecords(text);
  if (!header || header.length === 0 || header.every((cell) => cell.text === "")) {
    throw badBody("CSV: the first line must name the columns");
  }
  const names = header.map((cell) => cell.text);
  return rows.map((cells, line) => {
    if (cells.length !== names.length) {
      throw badBody(
        `CSV: line ${line + 2} has ${cells.length} fields where the header names ${names.length}`,
      );
    }
    const row: Record<string, string | null> = {};
    names.forEach((name, i) => {
      const cell = cells[i];
      row[name] = !cell || (!cell.quoted && cell.text === "NULL") ? null : cell.text;
    });
    return row;
  });
}
