// Every row a list's filters match, page by page through Refine's data provider, so an export
// holds all of them and not only the page on screen.
import type { BaseRecord, CrudFilter, CrudSort, DataProvider } from "@refinedev/core";

export interface FetchAllOptions {
  resource: string;
  filters: readonly CrudFilter[];
  sorters: readonly CrudSort[];
  select?: string | undefined;
  /** Rows per request; PostgREST's db-max-rows (1000 on Supabase) caps it anyway. */
  pageSize?: number;
  onProgress?: (fetched: number, total: number) => void;
}

/**
 * The sort with `id` last, so that rows tied on the sort keep one order between pages and none is
 * read twice or skipped.
 * @example stableSort([{ field: "name", order: "asc" }]) // name asc, then id asc
 */
export function stableSort(sorters: readonly CrudSort[]): CrudSort[] {
  return sorters.some((sort) => sort.field === "id")
    ? [...sorters]
    : [...sorters, { field: "id", order: "asc" }];
}

/** @example await fetchAll(dataProvider, { resource: "companies", filters, sorters }) */
export async function fetchAll<T extends BaseRecord>(
  dataProvider: DataProvider,
  { resource, filters, sorters, select, pageSize = 500, onProgress }: FetchAllOptions,
): Promise<T[]> {
  const rows: T[] = [];
  for (let currentPage = 1; ; currentPage += 1) {
    const { data, total } = await dataProvider.getList<T>({
      resource,
      pagination: { currentPage, pageSize, mode: "server" },
      filters: [...filters],
      sorters: stableSort(sorters),
      ...(select ? { meta: { select } } : {}),
    });
    rows.push(...data);
    onProgress?.(rows.length, total);
    if (data.length < pageSize || rows.length >= total) {
      return rows;
    }
  }
}
