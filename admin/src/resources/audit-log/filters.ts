// The audit log's filters (table, record id, actor's name, date range) as Refine filters on the
// audit_entries view, and read back from the URL to fill the inputs.
import type { CrudFilter } from "@refinedev/core";
import dayjs from "dayjs";
import { filterValue } from "../../components/list/filters";

export interface AuditFilterValues {
  table?: string;
  recordId?: string;
  actor?: string;
  /** Whole days, inclusive, as `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

/** Text for an `ilike` inside PostgREST's filter value: `%` and `_` are wildcards there. */
const literal = (text: string) => text.replace(/[%_\\]/g, (char) => `\\${char}`);

/**
 * @example auditFilters({ table: "companies", actor: "ada" })
 *   // [{ field: "table_name", operator: "eq", value: "companies" },
 *   //  { field: "actor_name", operator: "contains", value: "ada" }]
 */
export function auditFilters(values: AuditFilterValues): CrudFilter[] {
  const filters: CrudFilter[] = [];
  if (values.table) {
    filters.push({ field: "table_name", operator: "eq", value: values.table });
  }
  const recordId = values.recordId?.trim();
  if (recordId) {
    filters.push({ field: "record_id", operator: "eq", value: recordId });
  }
  const actor = values.actor?.trim();
  if (actor) {
    filters.push({ field: "actor_name", operator: "contains", value: literal(actor) });
  }
  if (values.from) {
    filters.push({
      field: "at",
      operator: "gte",
      value: dayjs(values.from).startOf("day").toISOString(),
    });
  }
  if (values.to) {
    filters.push({
      field: "at",
      operator: "lt",
      value: dayjs(values.to).add(1, "day").startOf("day").toISOString(),
    });
  }
  return filters;
}

/** The inputs' values from the filters in the URL. */
export function auditFilterValues(filters: readonly CrudFilter[]): AuditFilterValues {
  const text = (field: string) => {
    const value = filterValue(filters, field);
    return typeof value === "string" ? value : undefined;
  };
  const day = (operator: "gte" | "lt") => {
    const found = filters.find(
      (filter) => "field" in filter && filter.field === "at" && filter.operator === operator,
    );
    if (!found || typeof found.value !== "string") {
      return undefined;
    }
    const moment = dayjs(found.value);
    return (operator === "lt" ? moment.subtract(1, "day") : moment).format("YYYY-MM-DD");
  };
  return {
    table: text("table_name"),
    recordId: text("record_id"),
    actor: text("actor_name")?.replace(/\\([%_\\])/g, "$1"),
    from: day("gte"),
    to: day("lt"),
  };
}
