// Table privileges per API role. Hosted Supabase grants nothing by default any more, so this map
// is the whole truth: the grant migration is printed from it (`npm run db:grants`) and a test
// compares it with information_schema.role_table_grants.

export type Privilege = "select" | "insert" | "update" | "delete";
export type ApiRole = "anon" | "authenticated" | "service_role";
export type TableGrants = Partial<Record<ApiRole, readonly Privilege[]>>;

const crud = ["select", "insert", "update", "delete"] as const;
const readOnly = ["select"] as const;
/** Signed-in users may try every command (RLS decides); the service role does everything. */
const signedInCrud: TableGrants = { authenticated: crud, service_role: crud };

/** What each role may attempt on each table; RLS then narrows it row by row. */
export const tableGrants: Record<string, TableGrants> = {
  profiles: { authenticated: ["select", "update", "delete"], service_role: crud },
  companies: signedInCrud,
  contacts: signedInCrud,
  notes: signedInCrud,
  // Requests are created by the sign-up trigger, never inserted through the API.
  signup_requests: { authenticated: ["select", "update", "delete"], service_role: crud },
  projects: signedInCrud,
  project_updates: signedInCrud,
  tasks: signedInCrud,
  products: signedInCrud,
  beta_access: signedInCrud,
  beta_invite_codes: signedInCrud,
  beta_builds: signedInCrud,
  beta_feedback: { authenticated: ["select", "insert", "delete"], service_role: crud },
  // The outbox is written by triggers and the process-outbox function (service role) only.
  notifications: { authenticated: readOnly, service_role: crud },
  // The bell's items come from triggers; a person only marks their own read (update).
  client_notifications: { authenticated: ["select", "update"], service_role: crud },
  email_templates: signedInCrud,
  // Admins record invitations through invite-user (as themselves, for the audit log); no delete.
  invitations: { authenticated: ["select", "insert", "update"], service_role: crud },
  pages: { anon: readOnly, authenticated: crud, service_role: crud },
  page_revisions: { authenticated: readOnly, service_role: crud },
  // Append-only: rows come from triggers; even the service role only reads.
  audit_logs: { authenticated: readOnly, service_role: readOnly },
  analytics_events: {
    anon: ["insert"],
    authenticated: ["select", "insert"],
    service_role: crud,
  },
};

/**
 * Views in public (drizzle/0017_audit_outbox_views): security invoker, so the RLS of the tables
 * they read decides the rows; the grant only lets a role ask. Created with their grants in SQL.
 */
export const viewGrants: Record<string, TableGrants> = {
  audit_entries: { authenticated: readOnly, service_role: readOnly },
  outbox_emails: { authenticated: readOnly, service_role: readOnly },
};

/**
 * Who may EXECUTE each bulk-action RPC (drizzle/0020_board_bulk): signed-in users only; each
 * function then checks staff or admin itself and runs under the caller's RLS (security invoker).
 * PUBLIC, anon and service_role are revoked. tests/integration/db/board-bulk.test.ts compares.
 */
export const rpcGrants: Record<string, readonly ApiRole[]> = {
  "bulk_decide_signup_requests(uuid[],text,text)": ["authenticated"],
  "bulk_set_project_status(uuid[],project_status)": ["authenticated"],
  "bulk_assign_account_manager(uuid[],uuid)": ["authenticated"],
  "bulk_delete_projects(uuid[])": ["authenticated"],
  "bulk_revoke_beta_access(uuid[])": ["authenticated"],
};

/** The GRANT statements for `tableGrants`, in a stable order. */
export function grantStatements(): string[] {
  const statements: string[] = [];
  for (const [table, grants] of Object.entries(tableGrants)) {
    for (const [role, privileges] of Object.entries(grants)) {
      statements.push(`grant ${privileges.join(", ")} on table public.${table} to ${role};`);
    }
  }
  return statements;
}
