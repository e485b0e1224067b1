// The rows of public.access_matrix() (drizzle/0018_access_matrix.sql, views and public buckets
// since 0028_access_matrix_views.sql), checked as they arrive:
// the function returns catalogue facts as jsonb, which no table type describes.
import { z } from "zod/v4";

/** `table`: on the whole table; `columns`: on some columns only; null: not at all. */
const grantLevel = z.enum(["table", "columns"]).nullable();

const roleGrants = z.object({
  select: grantLevel,
  insert: grantLevel,
  update: grantLevel,
  delete: grantLevel,
});

export const policyCommands = ["SELECT", "INSERT", "UPDATE", "DELETE", "ALL"] as const;

/** One pg_policies row: `using` and `with_check` are Postgres's own text of the expressions. */
export const accessPolicySchema = z.object({
  name: z.string(),
  command: z.enum(policyCommands),
  roles: z.array(z.string()),
  permissive: z.boolean(),
  using: z.string().nullable(),
  with_check: z.string().nullable(),
});

export const accessFlagSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("rls_disabled") }),
  /** A view an API role may read that reads its tables as its owner, past their RLS. */
  z.object({ kind: z.literal("view_as_owner") }),
  z.object({
    kind: z.literal("always_true"),
    policy: z.string(),
    command: z.enum(policyCommands),
    roles: z.array(z.string()),
  }),
]);

export const accessMatrixRowSchema = z.object({
  table_schema: z.string(),
  table_name: z.string(),
  rls_enabled: z.boolean(),
  rls_forced: z.boolean(),
  grants: z.object({ anon: roleGrants, authenticated: roleGrants }),
  policies: z.array(accessPolicySchema),
  flags: z.array(accessFlagSchema),
  /**
   * `invoker_view`: reads its tables as the caller, so their policies decide;
   * `owner_view`: reads them as its owner (and a materialized view is a snapshot), past RLS.
   */
  relation_kind: z.enum(["table", "invoker_view", "owner_view"]),
  /** On storage.objects: the buckets whose objects anyone may read by URL, policies or not. */
  public_buckets: z.array(z.string()),
});

export const accessMatrixRowsSchema = z.array(accessMatrixRowSchema);

export type AccessPolicy = z.infer<typeof accessPolicySchema>;
export type AccessFlag = z.infer<typeof accessFlagSchema>;
export type AccessMatrixRow = z.infer<typeof accessMatrixRowSchema>;
export type GrantLevel = z.infer<typeof grantLevel>;
