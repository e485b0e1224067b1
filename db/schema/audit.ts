// Append-only history of business-table changes, written by triggers; nobody edits it.

import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgEnum, pgPolicy, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { serviceRole, staff } from "./access";
import { createdAt } from "./columns";
import { allow } from "./policies";
import { auditActions } from "./values";

export { auditActions };
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
  (t) => [
    // A record's history (the admin's History cards), newest first.
    index("audit_logs_table_name_record_id_idx").on(t.table_name, t.record_id, t.id),
    ...allow("the audit log", { read: staff }),
    pgPolicy("service role reads the audit log", {
      for: "select",
      to: serviceRole,
      using: sql`true`,
    }),
  ],
);

export type AuditAction = (typeof auditActions)[number];
export type AuditLog = typeof auditLogs.$inferSelect;

/**
 * A row of the view `public.audit_entries` (drizzle/0017_audit_outbox_views): the log row with
 * its actor's name and email, and the keys whose value differs between `old_row` and `new_row`.
 */
export type AuditEntry = AuditLog & {
  actor_name: string | null;
  actor_email: string | null;
  changed_fields: string[];
};
