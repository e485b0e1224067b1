// Runs SQL as an API role, the way REST does it: one transaction on an `authenticator`
// connection, `role` and `request.jwt.claims` set locally, then rolled back.
import postgres from "postgres";
import { asRole } from "../../supabase/local/role-transaction";

export type ApiRole = "anon" | "authenticated" | "service_role";

export interface Caller {
  role: ApiRole;
  /** auth.uid() of a signed-in caller. */
  sub?: string;
  /**
   * The session's assurance level, as Auth writes it into every user's token: `aal1` after a
   * password or link (the default), `aal2` once a second factor is verified. Staff need `aal2`.
   */
  aal?: "aal1" | "aal2";
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: postgres.PostgresError };

/**
 * Runs `work` as the caller and rolls back (unless `commit`), so calls never affect each other.
 * @example const { value } = await asCaller(sql, { role: "authenticated", sub }, (tx) => tx`select 1`);
 */
export async function asCaller<T>(
  sql: postgres.Sql,
  caller: Caller,
  work: (tx: postgres.ReservedSql) => Promise<T>,
  options: { commit?: boolean } = {},
): Promise<Outcome<T>> {
  const claims = JSON.stringify({
    role: caller.role,
    ...(caller.sub ? { sub: caller.sub, aal: caller.aal ?? "aal1" } : {}),
  });
  try {
    const value = await asRole(sql, caller.role, claims, work, { rollBack: !options.commit });
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof postgres.PostgresError)) {
      throw error;
    }
    return { ok: false, error };
  }
}

/**
 * A signed-in caller; staff need `aal2` to act as staff.
 * @example const team = signedIn(world.users.team, "aal2");
 */
export function signedIn(sub: string, aal: Caller["aal"] = "aal1"): Caller {
  return { role: "authenticated", sub, aal };
}

/**
 * Runs `work` as the caller (rolled back unless `commit`) and says what it returned, or how it
 * failed as `"<sqlstate> <message>"`, so one `expect` reads either.
 * @example expect(await attempt(sql, clientA, (tx) => tx`update …`)).toBe("42501 Only an admin can change a role");
 */
export async function attempt<T>(
  sql: postgres.Sql,
  caller: Caller,
  work: (tx: postgres.ReservedSql) => Promise<T>,
  options: { commit?: boolean } = {},
): Promise<T | string> {
  const result = await asCaller(sql, caller, work, options);
  return result.ok ? result.value : `${result.error.code} ${result.error.message}`;
}
