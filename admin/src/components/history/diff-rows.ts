// One audit entry's old and new row as side-by-side lines: every field, in a stable order, with
// the ones the change touched flagged (they are the ones a reader is looking for).
import type { AuditEntry } from "@db/schema/audit";

export interface DiffRow {
  field: string;
  old: string;
  new: string;
  isChanged: boolean;
}

/** A JSON value as one line of text; absent and null read as an empty cell. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null) {
    return "";
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

type Rowish = Record<string, unknown> | null;

/**
 * Changed fields first (alphabetical), then the unchanged ones, so the change is on top.
 * @example diffRows({ old_row: { name: "A", id: 1 }, new_row: { name: "B", id: 1 } })
 *   // [{ field: "name", old: "A", new: "B", isChanged: true }, { field: "id", …, isChanged: false }]
 */
export function diffRows(entry: { old_row: unknown; new_row: unknown }): DiffRow[] {
  const before = (entry.old_row ?? null) as Rowish;
  const after = (entry.new_row ?? null) as Rowish;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rows = fields.map((field) => {
    const old = showValue(before?.[field]);
    const next = showValue(after?.[field]);
    const isChanged =
      JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after?.[field] ?? null);
    return { field, old, new: next, isChanged };
  });
  return rows.sort(
    (a, b) => Number(b.isChanged) - Number(a.isChanged) || a.field.localeCompare(b.field),
  );
}

/** The changed field names of an entry, for a one-line summary. */
export function changedSummary(entry: Pick<AuditEntry, "action" | "changed_fields">): string {
  if (entry.action !== "update") {
    return "";
  }
  const shown = entry.changed_fields.filter((field) => field !== "updated_at");
  return shown.join(", ");
}
