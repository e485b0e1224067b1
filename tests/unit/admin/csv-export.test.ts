// A list's CSV export: the table's own column titles as headers, each cell as the table shows it
// in words (a status's label, a related name, nothing for the dash), papaparse's quoting, a dated
// file name, and a page order that cannot skip or repeat rows.
import { companyStatusLabels } from "@db/status/companies";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { stableSort } from "../../../admin/src/components/csv/fetch-all";
import { csvFilename, toCsv } from "../../../admin/src/components/csv/to-csv";
import * as column from "../../../admin/src/components/list/columns";

type Row = {
  id: string;
  name: string;
  status: "lead" | "active" | "churned";
  industry: string | null;
  created_at: string;
  account_manager: { full_name: string } | null;
};

const columns = [
  column.link<Row>("name", "Name", "companies", { isSortable: true }),
  column.status<Row>("status", companyStatusLabels),
  column.optional<Row>("industry", "Industry"),
  column.day<Row>("created_at", "Added"),
  column.related<Row>("Account manager", (row) => row.account_manager?.full_name),
  column.actions<Row>(),
];

const rows: Row[] = [
  {
    id: "1",
    name: 'Acme, "the" Company',
    status: "active",
    industry: null,
    created_at: "2026-12-01T09:30:00.000Z",
    account_manager: { full_name: "Tomas Team" },
  },
  {
    id: "2",
    name: "Globex\nCorporation",
    status: "lead",
    industry: "Energy",
    created_at: "2026-11-30T08:00:00.000Z",
    account_manager: null,
  },
];

describe("the CSV export", () => {
  it("writes the table's titles and each cell in words, without the row buttons", () => {
    const parsed = Papa.parse<string[]>(toCsv(columns, rows));
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ["Name", "Status", "Industry", "Added", "Account manager"],
      ['Acme, "the" Company', "Active", "", "2026-12-01T09:30:00.000Z", "Tomas Team"],
      ["Globex\nCorporation", "Lead", "Energy", "2026-11-30T08:00:00.000Z", ""],
    ]);
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    const text = toCsv([column.text<Row>("name", "Name")], rows);
    expect(text).toBe('Name\r\n"Acme, ""the"" Company"\r\n"Globex\nCorporation"');
  });

  it("writes only the header for an empty list", () => {
    expect(toCsv(columns, [])).toBe("Name,Status,Industry,Added,Account manager\r\n");
  });

  it("names the file after the resource and the day", () => {
    expect(csvFilename("companies", new Date(2026, 11, 2, 23, 59))).toBe(
      "companies-2026-12-02.csv",
    );
    expect(csvFilename("beta-products", new Date(2027, 0, 9))).toBe("beta-products-2027-01-09.csv");
  });

  it("orders pages by the list's sort, then by id, so ties never skip or repeat a row", () => {
    expect(stableSort([{ field: "name", order: "desc" }])).toEqual([
      { field: "name", order: "desc" },
      { field: "id", order: "asc" },
    ]);
    expect(stableSort([{ field: "id", order: "desc" }])).toEqual([{ field: "id", order: "desc" }]);
  });
});
