// Append-only history of business-table changes, written by triggers; nobody edits it.

import { sql } from "drizzle-orm";
import { bigint, jsonb, pgEnum, pgPolicy, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { isStaff, serviceRole } from "./access";
import { createdAt } from "./columns";
import { canSelect } from "./policies";

export const auditActions = ["insert", "update", "delete"] as const;
export const auditAction = pgEnum("audit_action", auditActions);

export const auditLogs = pgTable(
  "audit_logs",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    table_name: text().notNull(),
    record_id: text().notNull(),
    action: auditAction().notNull(),
    // No foreign key: deleting a person must not rewrite (set null) the history they made.
    actor_id: uuid(),
    old_row: jsonb(),
    new_row: jsonb(),
    at: createdAt(),
  },
  // No index: nothing queries the log yet; an audit viewer would add (table_name, record_id).
  () => [
    canSelect("staff read the audit log", isStaff),
    pgPolicy("service role reads the audit log", {
      for: "select",
      to: serviceRole,
      using: sql`true`,
    }),
  ],
);

export type AuditAction = (typeof auditActions)[number];
export type AuditLog = typeof auditLogs.$inferSelect;
