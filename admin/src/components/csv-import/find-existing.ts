// The duplicate keys already saved (every company's domain, every contact's email), read in pages
// through Refine's data provider as the signed-in staff member, so RLS decides what is seen.
import type { DataProvider } from "@refinedev/core";
import { fetchAll } from "../csv/fetch-all";
import type { DuplicateRule } from "./check-rows";

/** @example await existingKeys(dataProvider, "companies", companyImport.rules.duplicate) */
export async function existingKeys(
  dataProvider: DataProvider,
  resource: string,
  { column, keyOf }: Pick<DuplicateRule, "column" | "keyOf">,
  onProgress?: (fetched: number, total: number) => void,
): Promise<Set<string>> {
  const saved = await fetchAll<Record<string, unknown>>(dataProvider, {
    resource,
    filters: [{ field: column, operator: "nnull", value: null }],
    sorters: [],
    select: `id,${column}`,
    pageSize: 1000,
    onProgress,
  });
  return new Set(saved.flatMap((record) => keyOf(record[column]) ?? []));
}
