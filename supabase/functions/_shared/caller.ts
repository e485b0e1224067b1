// Who calls a function on behalf of a person: their bearer token (never the anon or service key,
// which are not a person), checked by Auth so the id it names is real.
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
