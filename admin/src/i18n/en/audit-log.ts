// The admin's English words for the audit log (see ../README.md).
import { auditedTableLabels } from "@db/status/audit";

export const auditLog = {
  list: {
    title: "Audit log",
    what: "the audit log",
    table: "Table",
    anyTable: "Any table",
    recordId: "Record id",
    person: "Person",
    whoChanged: "Who made the change",
    dates: "Dates",
    noMatch: "No changes match these filters.",
    empty: "Nothing has been recorded yet.",
  },
  tables: auditedTableLabels,
} as const;
