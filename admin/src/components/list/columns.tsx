// Column builders for the admin's antd tables: each returns one column, so a table is a short
// array of what it shows, and a status, a day, a link or a related name reads alike everywhere.
// A column built with `isSortable` sorts through Refine's useTable (see resource-list.tsx).
// Meant to be imported whole: `import * as column from "…/columns"`, then `column.status(…)`.
import type { AdminResource } from "@db/routes/admin";
import type { StatusLook } from "@db/status/look";
import { useNavigation } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import type { TableColumnType } from "antd";
import { type ReactNode, useMemo } from "react";
import { Link } from "react-router";
import { type AdminKey, englishAdminT, useAdminT } from "../../i18n";
import { Day, orDash } from "../show/values";
import { dateTimeCell } from "./date-time";
import { RowActions } from "./row-actions";

export type Column<T> = TableColumnType<T>;

type Field<T> = keyof T & string;

/**
 * The builders' own titles: a page builds its columns outside any hook, so they start in English
 * and ResourceList and RelatedTable say them in the reader's language (useColumnTitles).
 */
const defaultTitleKeys: readonly AdminKey[] = ["admin.components.list.status", "table.actions"];
const keyOfDefaultTitle = new Map(defaultTitleKeys.map((key) => [englishAdminT(key), key]));

/** The columns with the builders' default titles in the reader's language. */
export function useColumnTitles<T>(columns: Column<T>[]): Column<T>[] {
  const t = useAdminT();
  return useMemo(
    () =>
      columns.map((column) => {
        const key = typeof column.title === "string" && keyOfDefaultTitle.get(column.title);
        return key ? { ...column, title: t(key) } : column;
      }),
    [columns, t],
  );
}

export interface ColumnOptions<T> {
  /** Sorted by the database on a header click. */
  isSortable?: boolean;
  width?: number;
  /** What a cell shows instead of the raw value. */
  render?: (value: never, record: T) => ReactNode;
}

/**
 * One field as it is, or through `render`.
 * @example column.text<Page>("slug", "Slug", { render: (slug: string) => `/${slug}` })
 */
export function text<T>(field: Field<T>, title: string, options: ColumnOptions<T> = {}) {
  const { isSortable, width, render } = options;
  const column: Column<T> = { key: field, dataIndex: field, title, sorter: isSortable, width };
  // Each caller types its own cell value; antd hands over whatever the row holds at `field`.
  return render
    ? { ...column, render: (value: unknown, record: T) => render(value as never, record) }
    : column;
}

/** A field that may be empty: the grey dash stands in for nothing. */
export function optional<T>(field: Field<T>, title: string, options: ColumnOptions<T> = {}) {
  return text(field, title, { ...options, render: (value: ReactNode) => orDash(value) });
}

/**
 * A status in db/status's words and colour.
 * @example column.status<Company>("status", companyStatusLabels)
 */
export function status<T>(
  field: Field<T>,
  looks: Readonly<Record<string, StatusLook>>,
  title = englishAdminT("admin.components.list.status"),
) {
  return text<T>(field, title, {
    render: (value: string) => (looks[value] ? <StatusTag look={looks[value]} /> : orDash(value)),
  });
}

/** A calendar day (or a moment shown as its day), "4 Mar 2027", or a dash. */
export function day<T>(field: Field<T>, title: string, options: ColumnOptions<T> = {}) {
  return text(field, title, {
    ...options,
    render: (value: string | null) => <Day value={value} />,
  });
}

/** A moment with its time, "4 Mar 2027, 14:05", in the reader's time zone. */
export function moment<T>(field: Field<T>, title: string, options: ColumnOptions<T> = {}) {
  return text(field, title, { ...options, render: dateTimeCell });
}

/** A link to a record's page, e.g. a company's projects by name. */
export function ShowLink({
  resource,
  id,
  children,
}: {
  resource: AdminResource;
  id: string;
  children: ReactNode;
}) {
  const { showUrl } = useNavigation();
  return <Link to={showUrl(resource, id)}>{children}</Link>;
}

/**
 * A field shown as the link to its record's page.
 * @example column.link<Product>("name", "Name", "products", { isSortable: true })
 */
export function link<T extends { id: string }>(
  field: Field<T>,
  title: string,
  resource: AdminResource,
  options: ColumnOptions<T> = {},
) {
  return text<T>(field, title, {
    ...options,
    render: (value: ReactNode, record) => (
      <ShowLink resource={resource} id={record.id}>
        {value}
      </ShowLink>
    ),
  });
}

/**
 * Something read from an embedded record, or a dash.
 * @example column.related<ProjectRow>("Company", (project) => project.company?.name)
 */
export function related<T>(title: string, pick: (record: T) => ReactNode): Column<T> {
  return { key: title, title, render: (_, record) => orDash(pick(record)) };
}

/** The row's buttons: open and edit it by default. */
export function actions<T extends { id: string }>(
  render: (record: T) => ReactNode = (record) => <RowActions id={record.id} />,
  title = englishAdminT("table.actions"),
): Column<T> {
  return { key: "actions", title, render: (_, record) => render(record) };
}
