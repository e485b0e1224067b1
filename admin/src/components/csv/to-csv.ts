// A list's rows as a CSV file: one header per exported column in the table's own words, quoted
// by papaparse, and a dated file name.
import Papa from "papaparse";
import type { Column } from "../list/columns";
import { cellText, exportableColumns } from "./cell-text";

/**
 * The CSV text of `records` under the table's columns.
 * @example toCsv([column.text("name", "Name")], [{ name: "Acme, Inc." }]) // 'Name\r\n"Acme, Inc."'
 */
export function toCsv<T>(columns: readonly Column<T>[], records: readonly T[]): string {
  const kept = exportableColumns(columns);
  return Papa.unparse({
    fields: kept.map((column) => String(column.title)),
    data: records.map((record, index) => kept.map((column) => cellText(column, record, index))),
  });
}

/**
 * The file name of an export on a given (local) day.
 * @example csvFilename("companies", new Date(2026, 11, 2)) // "companies-2026-12-02.csv"
 */
export function csvFilename(resource: string, on: Date): string {
  const pad = (part: number) => String(part).padStart(2, "0");
  return `${resource}-${on.getFullYear()}-${pad(on.getMonth() + 1)}-${pad(on.getDate())}.csv`;
}
