// A list page's table drawn with plain elements in antd's look, driven by Refine's core
// `useTable` (sorting by a header click, paging below), for the light pages that load without
// antd. Rows are real table rows, so a row reads (and is found) by its text.
import type { BaseRecord, CrudSort, useTableReturnType } from "@refinedev/core";
import { useT } from "@supabase-client/i18n/locale-context";
import { surface } from "@supabase-client/ui/surface";
import type { CSSProperties, ReactNode } from "react";
import { type AdminKey, useAdminT } from "../../i18n";

export interface LightColumn<T> {
  /** The field it shows (and sorts by, when `isSortable`). */
  field: keyof T & string;
  title: string;
  isSortable?: boolean;
  render?: (record: T) => ReactNode;
}

interface LightTableProps<T extends BaseRecord> {
  table: useTableReturnType<T>;
  columns: readonly LightColumn<T>[];
  /** The last column, e.g. the row's buttons. */
  actions?: (record: T) => ReactNode;
  emptyText: string;
  /** Ticked rows, for bulk actions: a checkbox column named by each row's label. */
  selection?: LightSelection<T>;
}

export interface LightSelection<T> {
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  labelOf: (record: T) => string;
}

const cell: CSSProperties = { padding: "12px 16px", borderBottom: `1px solid ${surface.line}` };
const head: CSSProperties = {
  ...cell,
  background: surface.subtle,
  fontWeight: 600,
  textAlign: "left",
};
const pager: CSSProperties = {
  minWidth: 32,
  height: 32,
  border: `1px solid ${surface.controlLine}`,
  borderRadius: 6,
  background: surface.container,
  color: surface.text,
  cursor: "pointer",
};

/** The next sort of a column: ascending, then descending, then back to ascending. */
function nextSort(sorters: readonly CrudSort[], field: string): CrudSort[] {
  const current = sorters.find((sorter) => sorter.field === field);
  return [{ field, order: current?.order === "asc" ? "desc" : "asc" }];
}

export function LightTable<T extends BaseRecord>({
  table,
  columns,
  actions,
  emptyText,
  selection,
}: LightTableProps<T>) {
  const rows = table.result.data;
  const t = useAdminT();
  const shared = useT();
  const tick = selection ? selectionCells(selection, rows, t) : null;
  const { sorters, setSorters, currentPage, setCurrentPage, pageCount } = table;
  const orderOf = (field: string) => sorters.find((sorter) => sorter.field === field)?.order;
  return (
    // On a phone the columns outgrow the screen: the table scrolls inside its frame, not the page.
    <div style={{ background: surface.container, borderRadius: 8, overflowX: "auto" }}>
      <table style={{ width: "100%", borderCollapse: "collapse" }}>
        <thead>
          <tr>
            {tick ? <th style={{ ...head, width: 40 }}>{tick.all}</th> : null}
            {columns.map((column) => {
              const order = orderOf(column.field);
              return (
                <th
                  key={column.field}
                  style={head}
                  aria-sort={order ? (order === "asc" ? "ascending" : "descending") : undefined}
                >
                  {column.isSortable ? (
                    <button
                      type="button"
                      onClick={() => setSorters(nextSort(sorters, column.field))}
                      style={{ all: "unset", cursor: "pointer" }}
                    >
                      {column.title} {order === "asc" ? "▲" : order === "desc" ? "▼" : "↕"}
                    </button>
                  ) : (
                    column.title
                  )}
                </th>
              );
            })}
            {actions ? <th style={head}>{t("table.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((record) => (
            <tr key={String(record.id)}>
              {tick ? <td style={cell}>{tick.one(record)}</td> : null}
              {columns.map((column) => (
                <td key={column.field} style={cell}>
                  {column.render ? column.render(record) : String(record[column.field] ?? "")}
                </td>
              ))}
              {actions ? <td style={cell}>{actions(record)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? (
        <p style={{ textAlign: "center", color: surface.muted, padding: 24, margin: 0 }}>
          {table.tableQuery.isLoading ? shared("common.loading") : emptyText}
        </p>
      ) : null}
      {pageCount > 1 ? (
        <nav
          aria-label={t("admin.components.list.pages")}
          style={{ display: "flex", gap: 8, justifyContent: "flex-end", padding: 16 }}
        >
          <button
            type="button"
            style={pager}
            disabled={currentPage <= 1}
            onClick={() => setCurrentPage(currentPage - 1)}
          >
            {t("admin.components.list.previous")}
          </button>
          <span style={{ alignSelf: "center", color: surface.muted }}>
            {t("admin.components.list.pageOf", { page: currentPage, count: pageCount })}
          </span>
          <button
            type="button"
            style={pager}
            disabled={currentPage >= pageCount}
            onClick={() => setCurrentPage(currentPage + 1)}
          >
            {t("admin.components.list.next")}
          </button>
        </nav>
      ) : null}
    </div>
  );
}

/** The header's "select all on this page" box and each row's box. */
function selectionCells<T extends BaseRecord>(
  selection: LightSelection<T>,
  rows: readonly T[],
  t: (key: AdminKey, params?: Record<string, string>) => string,
) {
  const ids = rows.map((record) => String(record.id));
  const isAll = ids.length > 0 && ids.every((id) => selection.selected.includes(id));
  return {
    all: (
      <input
        type="checkbox"
        aria-label={t("admin.components.list.selectAll")}
        checked={isAll}
        onChange={() => selection.onChange(isAll ? [] : ids)}
      />
    ),
    one: (record: T) => {
      const id = String(record.id);
      const isTicked = selection.selected.includes(id);
      return (
        <input
          type="checkbox"
          aria-label={t("admin.components.list.selectRow", { name: selection.labelOf(record) })}
          checked={isTicked}
          onChange={() =>
            selection.onChange(
              isTicked
                ? selection.selected.filter((other) => other !== id)
                : [...selection.selected, id],
            )
          }
        />
      );
    },
  };
}
