// The preview's verdict on each row: the shared db/validation schema's messages (through the forms'
// formatter), then duplicates, of a row earlier in the file or of a record already saved.
import { checkDraft, type Draft, nestDraft } from "@supabase-client/forms/light-form-check";
import type { z } from "zod/v4";
import { type Mapping, mapRow } from "./mapping";

/** How an import finds its duplicates: one key per record (a domain, an email), or none. */
export interface DuplicateRule {
  /** The database column the key is read from in saved records. */
  column: string;
  /** The key of a column's value (saved, or as the schema cleaned it); null for no key. */
  keyOf: (value: unknown) => string | null;
  /** "A company with the domain acme.com already exists" */
  existsMessage: (key: string) => string;
  /** "Same domain as row 3 (acme.com)" */
  repeatMessage: (key: string, firstRow: number) => string;
}

export interface RowRules<S extends z.ZodObject> {
  schema: S;
  /** The schema's input from a row's strings (blank left out): fixed values, words to enums. */
  toInput: (input: Record<string, unknown>) => Record<string, unknown>;
  duplicate: DuplicateRule;
}

export interface CheckedRow {
  /** 1-based, the header not counted: row 1 is the file's first record. */
  row: number;
  values: Draft;
  /** The schema's output, when the row is valid and new. */
  record: Record<string, unknown> | null;
  problems: string[];
}

/**
 * @example checkRows(rows, { name: "Name" }, companyRules, new Set(["acme.com"]))
 */
export function checkRows<S extends z.ZodObject>(
  rows: readonly Readonly<Record<string, string>>[],
  mapping: Mapping,
  rules: RowRules<S>,
  existingKeys: ReadonlySet<string>,
): CheckedRow[] {
  const firstRowOf = new Map<string, number>();
  return rows.map((source, index) => {
    const row = index + 1;
    const values = mapRow(source, mapping);
    const { parsed, messages } = checkDraft(rules.schema, rules.toInput(nestDraft(values)));
    if (!parsed.success) {
      return { row, values, record: null, problems: Object.values(messages).flat() as string[] };
    }
    const record = parsed.data as Record<string, unknown>;
    const { column, keyOf, existsMessage, repeatMessage } = rules.duplicate;
    const key = keyOf(record[column]);
    const firstRow = key === null ? undefined : firstRowOf.get(key);
    if (key !== null && firstRow !== undefined) {
      return { row, values, record: null, problems: [repeatMessage(key, firstRow)] };
    }
    if (key !== null && existingKeys.has(key)) {
      return { row, values, record: null, problems: [existsMessage(key)] };
    }
    if (key !== null) {
      firstRowOf.set(key, row);
    }
    return { row, values, record, problems: [] };
  });
}

/** The rows that will be saved, each with every field present (a blank one as null). */
export function rowsToSave(
  checked: readonly CheckedRow[],
  keys: readonly string[],
): Record<string, unknown>[] {
  return checked.flatMap(({ record }) =>
    record
      ? [{ ...Object.fromEntries(keys.map((key) => [key, null])), ...withoutUndefined(record) }]
      : [],
  );
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
