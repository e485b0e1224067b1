// Who calls a function on behalf of a person: their bearer token (never the anon or service key,
// which are not a person), checked by Auth so the id it names is real; a client that acts as
// them; and the database check (admin? at aal2? …) that runs as them before anything happens.
import { createClient } from "npm:@supabase/supabase-js@2.119";
import { HttpError } from "./http.ts";
import type { SupabaseClient } from "./supabase.ts";

/**
 * The signed-in caller's token and user id, or a 401.
 * @example const { token, userId } = await signedInCaller(request, service, [anonKey, serviceKey], "Sign in to invite");
 */
export async function signedInCaller(
  request: Request,
  service: SupabaseClient,
  apiKeys: string[],
  signInMessage: string,
): Promise<{ token: string; userId: string }> {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!token || apiKeys.includes(token)) {
    throw new HttpError(401, "not_signed_in", signInMessage);
  }
  const { data, error } = await service.auth.getUser(token);
  if (error || !data.user) {
    throw new HttpError(401, "invalid_token", "Your session has ended; sign in again");
  }
  return { token, userId: data.user.id };
}

/**
 * The JSON body, or a 400 naming what was expected.
 * @example const body = await jsonBody(request, '{ "email": "…" }');
 */
export async function jsonBody(request: Request, expected: string): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new HttpError(400, "invalid_json", `The body must be JSON: ${expected}`);
  }
}

/**
 * A client acting as the person whose token it forwards: Postgres applies their role and RLS.
 * @example await callerClient(url, anonKey, token).rpc("check_mfa_reset", { target_id })
 */
export function callerClient(url: string, anonKey: string, token: string): SupabaseClient {
  return createClient(url, anonKey, {
    global: { headers: { Authorization: `Bearer ${token}` } },
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
}

/** The keys a function that acts for a person needs. */
export interface CallerEnv {
  SUPABASE_URL: string;
  SUPABASE_ANON_KEY: string;
  SUPABASE_SERVICE_ROLE_KEY: string;
}

/**
 * Finds the signed-in person calling (or answers 401), with a client that acts as them.
 * @example const callerOf = personCalling(service, env, "Sign in as an admin to invite people");
 * const caller = await callerOf(request);
 */
export function personCalling(
  service: SupabaseClient,
  env: CallerEnv,
  signInMessage: string,
): (request: Request) => Promise<{ id: string; db: SupabaseClient }> {
  const apiKeys = [env.SUPABASE_ANON_KEY, env.SUPABASE_SERVICE_ROLE_KEY];
  return async (request) => {
    const { token, userId } = await signedInCaller(request, service, apiKeys, signInMessage);
    return { id: userId, db: callerClient(env.SUPABASE_URL, env.SUPABASE_ANON_KEY, token) };
  };
}

/** A refusal's status, message and hint. */
export type Refusal = [status: number, message: string, hint: string | null];

/**
 * The two refusals every admin-only function shares: the caller is no admin, or is one whose
 * own session is still at aal1 (check_invitation and check_mfa_reset name which).
 * @example adminAtAal2Refusals("invite people", "Inviting people")
 */
export function adminAtAal2Refusals(action: string, doing: string): Record<string, Refusal> {
  return {
    not_admin: [403, `Only an admin can ${action}`, null],
    aal2_required: [
      403,
      "Confirm your own sign-in with your authenticator code first",
      `${doing} needs a session at aal2.`,
    ],
  };
}

/**
 * The failure for each refusal code of a database check; an unknown code is a 403 with `fallback`.
 * @example const refusalFor = refusalsOf(table, "This reset is not allowed"); throw refusalFor("not_admin");
 */
export function refusalsOf(
  table: Record<string, Refusal>,
  fallback: string,
): (code: string) => HttpError {
  return (code) => {
    const [status, message, hint] = table[code] ?? [403, fallback, null];
    return new HttpError(status, code, message, null, hint);
  };
}

/**
 * Runs a check function as the caller; it answers null, or the code of its refusal, thrown here.
 * @example await checkAsCaller(db, "check_mfa_reset", { target_id }, refusalFor, "reset");
 */
export async function checkAsCaller(
  db: SupabaseClient,
  fn: string,
  args: Record<string, unknown>,
  refusalFor: (code: string) => HttpError,
  what: string,
): Promise<void> {
  const { data: refusal, error } = await db.rpc(fn, args);
  if (error) {
    console.error(`${fn} failed`, error);
    throw new HttpError(500, "check_failed", `Could not check the ${what}`);
  }
  if (typeof refusal === "string") {
    throw refusalFor(refusal);
  }
}
