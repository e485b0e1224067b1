// The audit log's pure parts: an entry's old → new lines with the changed fields first and
// flagged, and the page's filters written to the URL and read back into the inputs.
import { describe, expect, it } from "vitest";
import {
  changedSummary,
  diffRows,
  showValue,
} from "../../../admin/src/components/history/diff-rows";
import { auditFilters, auditFilterValues } from "../../../admin/src/resources/audit-log/filters";

describe("diffRows", () => {
  it("puts the changed fields first, flagged, and keeps the unchanged ones", () => {
    const rows = diffRows({
      old_row: { id: "c1", name: "Old name", website: null, tags: ["a"] },
      new_row: { id: "c1", name: "New name", website: null, tags: ["a", "b"] },
    });
    expect(rows).toEqual([
      { field: "name", old: "Old name", new: "New name", isChanged: true },
      { field: "tags", old: '["a"]', new: '["a","b"]', isChanged: true },
      { field: "id", old: "c1", new: "c1", isChanged: false },
      { field: "website", old: "", new: "", isChanged: false },
    ]);
  });

  it("shows every field of a created row as changed, from nothing", () => {
    const rows = diffRows({ old_row: null, new_row: { id: 1, name: "Acme" } });
    expect(rows.map((row) => [row.field, row.old, row.new, row.isChanged])).toEqual([
      ["id", "", "1", true],
      ["name", "", "Acme", true],
    ]);
  });

  it("writes values as text, and absent values as empty cells", () => {
    expect(showValue(undefined)).toBe("");
    expect(showValue(null)).toBe("");
    expect(showValue(false)).toBe("false");
    expect(showValue({ a: 1 })).toBe('{"a":1}');
  });

  it("summarises an update by its fields, leaving out the timestamp", () => {
    expect(changedSummary({ action: "update", changed_fields: ["name", "updated_at"] })).toBe(
      "name",
    );
    expect(changedSummary({ action: "insert", changed_fields: ["id", "name"] })).toBe("");
  });
});

describe("audit filters", () => {
  it("turn the inputs into filters on the view and back", () => {
    const values = {
      table: "companies",
      recordId: " 3f2c ",
      actor: "50%_off",
      from: "2026-11-01",
      to: "2026-11-30",
    };
    const filters = auditFilters(values);
    expect(filters.slice(0, 3)).toEqual([
      { field: "table_name", operator: "eq", value: "companies" },
      { field: "record_id", operator: "eq", value: "3f2c" },
      { field: "actor_name", operator: "contains", value: "50\\%\\_off" },
    ]);
    expect(filters.map((filter) => ("field" in filter ? filter.operator : ""))).toEqual([
      "eq",
      "eq",
      "contains",
      "gte",
      "lt",
    ]);
    expect(auditFilterValues(filters)).toEqual({ ...values, recordId: "3f2c" });
  });

  it("leave out blank inputs", () => {
    expect(auditFilters({ table: undefined, recordId: "  ", actor: "" })).toEqual([]);
  });
});
