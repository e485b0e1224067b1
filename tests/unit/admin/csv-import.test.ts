// Importing companies and contacts from CSV: papaparse reads the file, headers are guessed onto
// fields, each row is checked by the forms' own db/validation schema and message formatter, and
// duplicates (of a saved record, or of an earlier row) are skipped with their reason.
import { describe, expect, it } from "vitest";
import { checkRows, rowsToSave } from "../../../admin/src/components/csv-import/check-rows";
import { guessMapping, mapRow } from "../../../admin/src/components/csv-import/mapping";
import { maxImportRows, parseCsv } from "../../../admin/src/components/csv-import/parse-csv";
import { companyImport } from "../../../admin/src/resources/companies/import/company-import";
import { contactImport } from "../../../admin/src/resources/companies/import/contact-import";
import { domainOf, emailKey } from "../../../admin/src/resources/companies/import/duplicate-keys";

const companyId = "3f1d0c9e-1b7a-4a53-9a86-1f3f0a3c6d21";
const fieldKeys = companyImport().fields.map((field) => field.key);

describe("reading a CSV file", () => {
  it("keeps quoted commas and line breaks, trims headers and drops blank lines", () => {
    const csv = parseCsv(
      '\ufeff Company ,Domain\r\n"Acme, Inc.","acme.com"\r\n,\r\n"Multi\nline",x.io\r\n',
    );
    expect(csv).toEqual({
      headers: ["Company", "Domain"],
      rows: [
        { Company: "Acme, Inc.", Domain: "acme.com" },
        { Company: "Multi\nline", Domain: "x.io" },
      ],
      problems: [],
    });
  });

  it("refuses a file without rows, and one too long for one import", () => {
    expect(parseCsv("").problems).toEqual(["The file has no header row."]);
    expect(parseCsv("Name\r\n").problems).toEqual(["The file has no rows under its header."]);
    const long = `Name\n${"x\n".repeat(maxImportRows + 1)}`;
    expect(parseCsv(long).problems).toEqual([
      `The file has ${maxImportRows + 1} rows; import at most ${maxImportRows} at a time.`,
    ]);
  });

  it("refuses a file whose quote is never closed", () => {
    expect(parseCsv('Name,Website\n"Acme,acme.com\nGlobex,globex.com').problems).toHaveLength(1);
  });
});

describe("mapping columns to fields", () => {
  it("guesses by key, label or alias, ignoring case and punctuation, one header per field", () => {
    const headers = ["Organisation", "Web-Site", "SECTOR", "Notes", "Stage"];
    expect(guessMapping(companyImport().fields, headers)).toEqual({
      name: "Organisation",
      website: "Web-Site",
      industry: "SECTOR",
      status: "Stage",
    });
    expect(
      guessMapping(contactImport(companyId).fields, ["E-mail", "Full name", "Job title"]),
    ).toEqual({
      full_name: "Full name",
      email: "E-mail",
      title: "Job title",
    });
  });

  it("reads only the mapped columns of a row", () => {
    expect(mapRow({ A: "Acme", B: "acme.com", C: "x" }, { name: "A", website: "B" })).toEqual({
      name: "Acme",
      website: "acme.com",
    });
  });
});

describe("checking company rows", () => {
  const mapping = { name: "Name", website: "Website", industry: "Industry", status: "Status" };
  const row = (Name: string, Website = "", Status = "", Industry = "") => ({
    Name,
    Website,
    Status,
    Industry,
  });

  it("cleans valid rows as the form does and says what is wrong with the others", () => {
    const checked = checkRows(
      [
        row(" Acme ", "acme.com", "Active", "Robots"),
        row("", "blank-name.com"),
        row("Bad Site", "not a site"),
        row("Odd status", "", "maybe"),
        row("x".repeat(201)),
      ],
      mapping,
      companyImport().rules,
      new Set(),
    );
    expect(checked.map(({ row: number, problems }) => [number, problems])).toEqual([
      [1, []],
      [2, ["Name is required"]],
      [3, ["Enter a valid web address"]],
      [4, [expect.stringContaining("Invalid option")]],
      [5, ["Name must be at most 200 characters"]],
    ]);
    expect(rowsToSave(checked, fieldKeys)).toEqual([
      { name: "Acme", website: "https://acme.com", industry: "Robots", status: "active" },
    ]);
  });

  it("makes a row without a status a lead, with every field present for one bulk insert", () => {
    const checked = checkRows([row("Initech")], mapping, companyImport().rules, new Set());
    expect(rowsToSave(checked, fieldKeys)).toEqual([
      { name: "Initech", website: null, industry: null, status: "lead" },
    ]);
  });

  it("skips a company whose domain is saved, or came earlier in the file", () => {
    const checked = checkRows(
      [
        row("Acme", "https://www.acme.com/about"),
        row("Acme again", "ACME.com"),
        row("Globex", "globex.com"),
        row("No site one"),
        row("No site two"),
      ],
      mapping,
      companyImport().rules,
      new Set(["globex.com"]),
    );
    expect(checked.map((entry) => entry.problems)).toEqual([
      [],
      ["Same domain as row 1 (acme.com)"],
      ["A company with the domain globex.com already exists"],
      [],
      [],
    ]);
  });

  it("lets a later row through when the earlier one with its domain was invalid", () => {
    const checked = checkRows(
      [row("", "acme.com"), row("Acme", "acme.com")],
      mapping,
      companyImport().rules,
      new Set(),
    );
    expect(checked.map((entry) => entry.problems)).toEqual([["Name is required"], []]);
  });
});

describe("checking contact rows", () => {
  const kind = contactImport(companyId);
  const mapping = { full_name: "Name", email: "Email" };

  it("files each contact under the company and skips repeated or saved emails", () => {
    const checked = checkRows(
      [
        { Name: "Ada Lovelace", Email: " Ada@Example.com " },
        { Name: "Ada twice", Email: "ada@example.COM" },
        { Name: "Known", Email: "known@example.com" },
        { Name: "Bad", Email: "not-an-email" },
        { Name: "", Email: "" },
        { Name: "No email", Email: "" },
      ],
      mapping,
      kind.rules,
      new Set(["known@example.com"]),
    );
    expect(checked.map((entry) => entry.problems)).toEqual([
      [],
      ["Same email as row 1 (ada@example.com)"],
      ["A contact with the email known@example.com already exists"],
      ["Enter a valid email address"],
      ["Name is required"],
      [],
    ]);
    expect(
      rowsToSave(
        checked,
        kind.fields.map((field) => field.key),
      ),
    ).toEqual([
      {
        full_name: "Ada Lovelace",
        email: "ada@example.com",
        phone: null,
        title: null,
        company_id: companyId,
      },
      { full_name: "No email", email: null, phone: null, title: null, company_id: companyId },
    ]);
  });
});

describe("duplicate keys", () => {
  it("reads a domain from a saved website or a typed one", () => {
    expect(domainOf("https://www.Acme.com/about")).toBe("acme.com");
    expect(domainOf("acme.com")).toBe("acme.com");
    expect(domainOf("http://shop.acme.com:8080")).toBe("shop.acme.com");
    expect(domainOf("")).toBeNull();
    expect(domainOf(null)).toBeNull();
    expect(domainOf("not a site")).toBeNull();
  });

  it("compares emails without case", () => {
    expect(emailKey(" Ada@Example.com ")).toBe("ada@example.com");
    expect(emailKey("")).toBeNull();
    expect(emailKey(undefined)).toBeNull();
  });
});
