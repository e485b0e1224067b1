// A CSV file's text as a header row and one record of strings per line, read by papaparse.
import Papa from "papaparse";
import { englishWords, type ImportWords } from "./words";

/** At most this many rows per import: enough for a CRM export, small enough for one request. */
export const maxImportRows = 5000;

export interface ParsedCsv {
  headers: string[];
  rows: Record<string, string>[];
  /** Why the file cannot be imported as it is; empty when it can. */
  problems: string[];
}

/**
 * @example parseCsv("Name,Website\r\nAcme,acme.com")
 * // { headers: ["Name", "Website"], rows: [{ Name: "Acme", Website: "acme.com" }], problems: [] }
 */
export function parseCsv(text: string, t: ImportWords["t"] = englishWords.t): ParsedCsv {
  // A spreadsheet's byte-order mark would otherwise stick to the first header.
  const result = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ""), {
    header: true,
    // A line of only commas (a spreadsheet's trailing rows) is no row.
    skipEmptyLines: "greedy",
    transformHeader: (header) => header.trim(),
  });
  const headers = (result.meta.fields ?? []).filter((header) => header !== "");
  const problems = [
    ...(headers.length === 0 ? [t("admin.csv.import.noHeader")] : []),
    ...(result.data.length === 0 && headers.length > 0 ? [t("admin.csv.import.noRows")] : []),
    ...(result.data.length > maxImportRows
      ? [t("admin.csv.import.tooMany", { count: result.data.length, max: maxImportRows })]
      : []),
    // A quote left open swallows the rest of the file: refuse rather than import half of it.
    ...result.errors
      .filter((error) => error.type === "Quotes")
      .slice(0, 3)
      .map((error) =>
        t("admin.csv.import.badRow", { row: (error.row ?? 0) + 1, problem: error.message }),
      ),
  ];
  return { headers, rows: result.data, problems };
}
