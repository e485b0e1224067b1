// How the audit log reads: each action's word and colour, and the tables the triggers of
// drizzle/0003_triggers.sql (and 0017's retry trigger) record, named as the admin names them.
import type { AuditAction } from "../schema/audit";
import { auditActions } from "../schema/values";
import { type StatusLook, statusOptions } from "./look";

export const auditActionLabels: Record<AuditAction, StatusLook> = {
  insert: { label: "Created", color: "green" },
  update: { label: "Changed", color: "blue" },
  delete: { label: "Deleted", color: "red" },
};

export const auditActionOptions = statusOptions(auditActions, auditActionLabels);

/** Every table with an audit trigger, and what a person calls its rows. */
export const auditedTableLabels = {
  companies: "Companies",
  contacts: "Contacts",
  notes: "Notes",
  signup_requests: "Sign-up requests",
  projects: "Projects",
  project_updates: "Project updates",
  tasks: "Tasks",
  profiles: "People",
  products: "Beta products",
  beta_access: "Beta grants",
  beta_invite_codes: "Invite codes",
  beta_builds: "Beta builds",
  beta_feedback: "Beta feedback",
  email_templates: "Email templates",
  pages: "Pages",
  notifications: "Emails (retries)",
} as const;

export type AuditedTable = keyof typeof auditedTableLabels;

/** Options for a table filter, in menu order. */
export const auditedTableOptions = Object.entries(auditedTableLabels).map(([value, label]) => ({
  value: value as AuditedTable,
  label,
}));

/**
 * @example auditedTableLabel("signup_requests") // "Sign-up requests"
 * @example auditedTableLabel("elsewhere") // "elsewhere"
 */
export function auditedTableLabel(table: string): string {
  return table in auditedTableLabels ? auditedTableLabels[table as AuditedTable] : table;
}
