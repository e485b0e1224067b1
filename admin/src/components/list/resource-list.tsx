// A resource's list page: Refine's useTable kept in the URL (page, sort, filters, so a view can be
// shared), an optional search box and dropdown filters above, and the table from column builders.
// A page is then its title, its sort, its filters and its columns.
import { CreateButton, getDefaultSortOrder, List, useTable } from "@refinedev/antd";
import { type BaseRecord, type CrudSort, useResourceParams } from "@refinedev/core";
import { Form, Input, Select, Space, Table } from "antd";
import type { ReactNode } from "react";
import { useResourceLabel } from "../../shell/resource-label";
import { ExportCsvButton } from "../csv/export-button";
import { type BulkAction, BulkActionBar, useRowSelection } from "./bulk-actions";
import { type Column, useColumnTitles } from "./columns";
import { type Choices, currentListFilters, listFilters } from "./filters";

/** A search box over some columns (PostgREST `ilike` on each, any may match). */
export interface SearchBox {
  kind: "search";
  label: string;
  fields: readonly string[];
  placeholder: string;
  width: number;
}

/** A dropdown that keeps the rows whose `field` equals the chosen value. */
export interface ChoiceBox {
  kind: "choice";
  label: string;
  field: string;
  options: readonly { value: string; label: string }[];
  placeholder: string;
  width: number;
}

/** @example searchBox("Search companies", ["name"], "Company name", 260) */
export function searchBox(
  label: string,
  fields: readonly string[],
  placeholder: string,
  width = 280,
): SearchBox {
  return { kind: "search", label, fields, placeholder, width };
}

/** @example choiceBox("Status", "status", companyStatusOptions, "Any status") */
export function choiceBox(
  label: string,
  field: string,
  options: ChoiceBox["options"],
  placeholder: string,
  width = 160,
): ChoiceBox {
  return { kind: "choice", label, field, options, placeholder, width };
}

/**
 * A sort in PostgREST's `order` words: columns with `.asc` or `.desc`, comma-separated.
 * @example parseSort("key.asc,locale.asc") // [{ field: "key", order: "asc" }, { field: "locale", order: "asc" }]
 */
export function parseSort(order: string): CrudSort[] {
  return order.split(",").map((part) => {
    const [field = "", direction] = part.trim().split(".");
    return { field, order: direction === "desc" ? "desc" : "asc" };
  });
}

export interface ResourceListProps<T> {
  /** The create button's words; without it the header is Refine's default. */
  createLabel?: string;
  /** The first sort, before any header is clicked, e.g. `"updated_at.desc"`. */
  sort: string;
  /** PostgREST's `select`, to embed related names. */
  select?: string;
  pageSize?: number;
  /** The boxes above the table, in order. */
  filters?: readonly (SearchBox | ChoiceBox)[];
  columns: Column<T>[];
  /** What an empty table says; a function gets whether any filter is set. */
  emptyText: ReactNode | ((isFiltered: boolean) => ReactNode);
  /** Actions on ticked rows; given, the rows get checkboxes (see bulk-actions.tsx). */
  bulkActions?: readonly BulkAction[];
  /** More header buttons before Export CSV and create, e.g. an import. */
  headerExtra?: ReactNode;
}

/**
 * The list of the resource the route names, titled with its label from the route table.
 * @example
 * <ResourceList<Page> createLabel="New page" sort="updated_at.desc" emptyText="No pages yet."
 *   columns={[column.link("title", "Title", "pages"), column.status("status", pageStatusLabels)]} />
 */
export function ResourceList<T extends BaseRecord>({
  createLabel,
  sort,
  select,
  pageSize = 20,
  filters: boxes = [],
  columns: untitled,
  emptyText,
  bulkActions,
  headerExtra,
}: ResourceListProps<T>) {
  const { resource } = useResourceParams();
  const bulk = useRowSelection();
  const columns = useColumnTitles(untitled);
  const labelOf = useResourceLabel();
  const { tableProps, searchFormProps, sorters, filters, setFilters } = useTable<T>({
    syncWithLocation: true,
    sorters: { initial: parseSort(sort) },
    pagination: { pageSize },
    ...(select ? { meta: { select } } : {}),
  });
  const searchFields = boxes.flatMap((box) => (box.kind === "search" ? box.fields : []));
  const choiceFields = boxes.flatMap((box) => (box.kind === "choice" ? [box.field] : []));
  const { choices, search } = currentListFilters(filters, choiceFields);
  const apply = (nextChoices: Choices, nextSearch: string) =>
    setFilters(listFilters(nextChoices, searchFields, nextSearch), "replace");
  const sortable = columns.map((column) =>
    column.sorter
      ? { ...column, defaultSortOrder: getDefaultSortOrder(String(column.key), sorters) }
      : column,
  );

  return (
    <List
      title={resource?.name ? labelOf(resource.name) : ""}
      headerButtons={({ defaultButtons }) => (
        <>
          {headerExtra}
          <ExportCsvButton<T>
            columns={columns}
            filters={filters}
            sorters={sorters}
            select={select}
          />
          {createLabel ? <CreateButton>{createLabel}</CreateButton> : defaultButtons}
        </>
      )}
    >
      {/* useTable writes URL filters into its search form; unconnected, antd warns on each load. */}
      <Form form={searchFormProps.form} component={false} />
      {boxes.length > 0 ? (
        <Space wrap style={{ marginBottom: 16 }}>
          {boxes.map((box) =>
            box.kind === "search" ? (
              <Input.Search
                key={box.label}
                allowClear
                aria-label={box.label}
                placeholder={box.placeholder}
                defaultValue={search}
                onSearch={(text) => apply(choices, text)}
                style={{ width: box.width }}
              />
            ) : (
              <Select<string>
                key={box.label}
                allowClear
                aria-label={box.label}
                placeholder={box.placeholder}
                value={choices[box.field]}
                options={[...box.options]}
                onChange={(value) => apply({ ...choices, [box.field]: value }, search)}
                style={{ width: box.width }}
              />
            ),
          )}
        </Space>
      ) : null}
      {bulkActions ? (
        <BulkActionBar actions={bulkActions} selected={bulk.selected} onDone={bulk.clear} />
      ) : null}
      <Table<T>
        {...tableProps}
        // With checkboxes, Refine's horizontal scroll makes antd copy the header's "select all"
        // box into its aria-hidden measuring row: a focusable element screen readers cannot see.
        {...(bulkActions ? { rowSelection: bulk.rowSelection, scroll: undefined } : {})}
        rowKey="id"
        columns={sortable}
        locale={{
          emptyText: typeof emptyText === "function" ? emptyText(filters.length > 0) : emptyText,
        }}
      />
    </List>
  );
}
