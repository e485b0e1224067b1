// The rows of another resource that belong to the record on screen (a company's contacts, a
// project's tasks, a page's revisions), as a small table or as a feed of entries, each read with
// Refine's useList so they refresh when one is added, changed or removed. A failed read says so
// (with a retry) where the rows would be: an empty table would claim there are none.
import { type BaseRecord, type CrudFilter, useList } from "@refinedev/core";
import { Empty, List, Table, type TableProps, Typography } from "antd";
import type { ReactNode } from "react";
import { useAdminT } from "../../i18n";
import { type BulkAction, BulkActionBar, useRowSelection } from "./bulk-actions";
import { type Column, useColumnTitles } from "./columns";
import { parseSort } from "./resource-list";
import { WhenLoaded } from "./when-loaded";

export interface RelatedQuery {
  resource: string;
  /** The column pointing at the record on screen, and its id: `["company_id", company.id]`. */
  of: readonly [string, string];
  /** More conditions the rows must meet: the audited table beside its record id, a section's filters. */
  where?: readonly CrudFilter[];
  /** PostgREST's `order` words, e.g. `"created_at.desc"`. */
  sort: string;
  /** PostgREST's `select`, to embed related names. */
  select?: string;
  /** At most this many rows (the newest, by `sort`); all of them by default. */
  limit?: number;
}

/** "beta_feedback" → "the beta feedback", for "Could not load …". */
function useRowsOf(resource: string): string {
  const t = useAdminT();
  return t("admin.components.list.rowsOf", { rows: resource.replaceAll("_", " ") });
}

/** @example useRelatedList<Contact>({ resource: "contacts", of: ["company_id", id], sort: "full_name.asc" }) */
export function useRelatedList<T extends BaseRecord>({
  resource,
  of: [column, id],
  where = [],
  sort,
  select,
  limit,
}: RelatedQuery) {
  return useList<T>({
    resource,
    filters: [{ field: column, operator: "eq", value: id }, ...where],
    sorters: parseSort(sort),
    pagination: limit ? { pageSize: limit } : { mode: "off" },
    ...(select ? { meta: { select } } : {}),
  });
}

interface RelatedTableProps<T> {
  /** Which rows, in one object: a list's query reads as a unit and passes on as one. */
  query: RelatedQuery;
  columns: Column<T>[];
  emptyText: string;
  size?: "small" | "middle";
  expandable?: TableProps<T>["expandable"];
  /** Actions on ticked rows; given, the rows get checkboxes (see bulk-actions.tsx). */
  bulkActions?: readonly BulkAction[] | undefined;
}

/** The related rows as a table without paging. */
export function RelatedTable<T extends BaseRecord>(props: RelatedTableProps<T>) {
  const { query, columns, emptyText, size = "small", expandable, bulkActions } = props;
  const { result, query: status } = useRelatedList<T>(query);
  const rowsOf = useRowsOf(query.resource);
  const bulk = useRowSelection();
  const titled = useColumnTitles(columns);
  return (
    <WhenLoaded what={rowsOf} query={status}>
      {bulkActions ? (
        <BulkActionBar
          actions={bulkActions}
          selected={bulk.selected}
          onDone={bulk.clear}
          resource={query.resource}
        />
      ) : null}
      <Table<T>
        {...(bulkActions ? { rowSelection: bulk.rowSelection } : {})}
        dataSource={result.data}
        loading={status.isLoading}
        rowKey="id"
        pagination={false}
        size={size}
        columns={titled}
        locale={{ emptyText }}
        {...(expandable ? { expandable } : {})}
      />
    </WhenLoaded>
  );
}

/** A feed's usual rows: the newest 50 posts, each with its author's name (by `author_id`). */
export const newestPostsWithAuthor = {
  sort: "created_at.desc",
  select: "*, author:profiles!author_id(full_name)",
  limit: 50,
} as const;

interface RelatedFeedProps<T> {
  query: RelatedQuery;
  emptyText: string;
  /** The entry's headline, if it has one. */
  title?: (record: T) => ReactNode;
  /** Who and when, under the headline. */
  byline: (record: T) => ReactNode;
  /** The text, shown with its line breaks. */
  body: (record: T) => string;
  /** Buttons beside the entry, e.g. Delete where allowed. */
  actions?: (record: T) => ReactNode[] | undefined;
}

/** The related rows as a vertical feed of entries (notes, updates), newest first by `sort`. */
export function RelatedFeed<T extends BaseRecord>(props: RelatedFeedProps<T>) {
  const { query, emptyText, title, byline, body, actions } = props;
  const { result, query: status } = useRelatedList<T>(query);
  const rowsOf = useRowsOf(query.resource);
  return (
    <WhenLoaded what={rowsOf} query={status}>
      <List<T>
        itemLayout="vertical"
        loading={status.isLoading}
        dataSource={result.data}
        rowKey="id"
        locale={{ emptyText: <Empty description={emptyText} /> }}
        renderItem={(record) => (
          <List.Item actions={actions?.(record)}>
            <List.Item.Meta title={title?.(record)} description={byline(record)} />
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
              {body(record)}
            </Typography.Paragraph>
          </List.Item>
        )}
      />
    </WhenLoaded>
  );
}
