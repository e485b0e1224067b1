// One transaction as an API role, the way PostgREST runs a request: `role` and
// `request.jwt.claims` set locally, so the RLS policies and auth.uid() decide. Storage runs its
// requests this way, and the tests use it to act as a role.
import type postgres from "postgres";
import { transaction } from "./transaction";

const rollback = Symbol("rollback");

/**
 * Runs `work` in one transaction as `role` with `claims` (a JSON text) and answers what it
 * returned. With `rollBack` the transaction is rolled back instead of committed, so the work is
 * a dry run. It runs through `transaction`, which survives Postgres going away mid-request.
 * @example const rows = await asRole(sql, "anon", '{"role":"anon"}', (tx) => tx`select 1`);
 */
export async function asRole<T>(
  sql: postgres.Sql,
  role: string,
  claims: string,
  work: (tx: postgres.ReservedSql) => Promise<T>,
  options: { rollBack?: boolean } = {},
): Promise<T> {
  let result: { value: T } | undefined;
  try {
    await transaction(sql, async (tx) => {
      await tx`select set_config('role', ${role}, true),
                      set_config('request.jwt.claims', ${claims}, true)`;
      result = { value: await work(tx) };
      if (options.rollBack) {
        throw rollback;
      }
    });
  } catch (error) {
    if (error !== rollback) {
      throw error;
    }
  }
  if (!result) {
    throw new Error("asRole: the transaction ended without a result");
  }
  return result.value;
}
