// The service-role supabase-js client the functions use for RPC and table access (RLS bypassed:
// only trusted, already-verified work reaches it).
import { createClient, type SupabaseClient } from "npm:@supabase/supabase-js@2.119";

export type { SupabaseClient };

/**
 * @example const supabase = serviceClient(env.SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY);
 */
export function serviceClient(url: string, serviceRoleKey: string): SupabaseClient {
  return createClient(url, serviceRoleKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
}

/**
 * True when the bearer is the service role key: work that drains the outbox is for the
 * scheduler (pg_cron + pg_net, or the local trigger), not for any signed-in user.
 */
export function isServiceRole(request: Request, serviceRoleKey: string): boolean {
  const header = request.headers.get("authorization") ?? "";
  return header === `Bearer ${serviceRoleKey}`;
}
