// Who is calling and how their SQL runs: the bearer JWT verified by the REST layer's
// authenticator, then one transaction per request with `role` and `request.jwt.claims` set
// locally, so the policies on storage.objects and storage.buckets decide (as storage-api does).
import type postgres from "postgres";
import { createAuthenticator } from "../rest/authenticate";
import { parseRestConfig } from "../rest/config";
import { RestError } from "../rest/errors";
import { asRole } from "../role-transaction";
import { accessDenied } from "./errors";

/** The only roles a request may act as; anything else would be a way around RLS. */
const API_ROLES = new Set(["anon", "authenticated", "service_role"]);

export interface Caller {
  role: string;
  claims: Record<string, unknown>;
  /** The `sub` claim, written to `owner_id` (and `owner` when it is a uuid). */
  owner: string | null;
}

export const serviceCaller: Caller = {
  role: "service_role",
  claims: { role: "service_role" },
  owner: null,
};

type HeaderReader = (name: string) => string | undefined;

/**
 * @example const authenticate = createCallerAuthenticator(context.keys); await authenticate(h)
 */
export function createCallerAuthenticator(keys: {
  jwtSecret: string;
  anonKey: string;
  serviceRoleKey: string;
}): (header: HeaderReader) => Promise<Caller> {
  const authenticate = createAuthenticator(parseRestConfig({}, keys));
  return async (header) => {
    let role: string;
    let claims: Record<string, unknown>;
    try {
      ({ role, claims } = await authenticate(header));
    } catch (error) {
      // storage-api answers a token it cannot verify with AccessDenied and the reason.
      if (error instanceof RestError) {
        throw accessDenied(error.body.message);
      }
      throw error;
    }
    if (!API_ROLES.has(role)) {
      throw accessDenied(`role "${role}" is not allowed`);
    }
    const sub = typeof claims.sub === "string" && claims.sub !== "" ? claims.sub : null;
    return { role, claims, owner: sub };
  };
}

/**
 * Runs `work` in one transaction as the caller. With `dryRun` the work is rolled back and its
 * result returned: storage-api's permission probe before it accepts an upload's bytes.
 * @example const row = await asCaller(sql, caller, (tx) => findObject(tx, bucket, key));
 */
export function asCaller<T>(
  sql: postgres.Sql,
  caller: Caller,
  work: (tx: postgres.ReservedSql) => Promise<T>,
  options: { dryRun?: boolean } = {},
): Promise<T> {
  return asRole(sql, caller.role, JSON.stringify(caller.claims), work, {
    rollBack: options.dryRun,
  });
}
