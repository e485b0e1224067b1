// A table column's cell as plain text, for a CSV: the column's own render when it yields text
// (a related name, a link's words, a status tag's label), else the raw value (days stay ISO, so a
// spreadsheet can sort them). The grey dash for "nothing" becomes an empty cell.
import { StatusTag } from "@supabase-client/ui/status-tag";
import { isValidElement, type ReactNode } from "react";
import type { Column } from "../list/columns";
import { dash } from "../show/values";

/** Read the words a rendered cell shows, without mounting it. */
export function nodeText(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean" || node === dash) {
    return "";
  }
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") {
    return String(node);
  }
  if (Array.isArray(node)) {
    return node.map(nodeText).join("");
  }
  if (isValidElement<{ children?: ReactNode; look?: { label: string } }>(node)) {
    // A status tag draws its look's label, which is not among its children.
    if (node.type === StatusTag) {
      return node.props.look?.label ?? "";
    }
    return nodeText(node.props.children);
  }
  return "";
}

/** A raw value as CSV text: arrays joined, objects as JSON, nothing as an empty cell. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) {
    return "";
  }
  if (Array.isArray(value)) {
    return value.map(valueText).join("; ");
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** The columns a CSV keeps: those with a plain title, without the row's buttons. */
export function exportableColumns<T>(columns: readonly Column<T>[]): Column<T>[] {
  return columns.filter((column) => typeof column.title === "string" && column.key !== "actions");
}

/**
 * One cell's text.
 * @example cellText(column.status("status", companyStatusLabels), { status: "lead" }, 0) // "Lead"
 */
export function cellText<T>(column: Column<T>, record: T, index: number): string {
  const field = typeof column.dataIndex === "string" ? column.dataIndex : undefined;
  const raw = field ? (record as Record<string, unknown>)[field] : undefined;
  const shown = column.render ? nodeText(column.render(raw, record, index) as ReactNode) : "";
  return shown !== "" ? shown : valueText(raw);
}
