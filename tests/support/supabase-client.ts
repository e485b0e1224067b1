// supabase-js clients for Node-side tests: no session persistence or auto-refresh unless asked.
import {
  createClient,
  type SupabaseClient,
  type SupabaseClientOptions,
} from "@supabase/supabase-js";
import WebSocket from "ws";

export interface NodeClientOptions {
  /** Sent as `Authorization: Bearer …` on every request (a user JWT minted by the test). */
  accessToken?: string;
  /** Overrides of the auth options, e.g. `flowType: "pkce"` or a `storage`. */
  auth?: SupabaseClientOptions<"public">["auth"];
}

/**
 * @example const anon = nodeClient(stack.url, stack.keys.anonKey);
 */
export function nodeClient(
  url: string,
  key: string,
  options: NodeClientOptions = {},
): SupabaseClient {
  return createClient(url, key, {
    // Node 20 has no global WebSocket; supabase-js refuses to build a client without one. `ws`
    // is the class it expects at runtime, though its typings differ from the DOM's.
    realtime: { transport: WebSocket as never },
    auth: {
      persistSession: false,
      autoRefreshToken: false,
      detectSessionInUrl: false,
      ...options.auth,
    },
    global: options.accessToken
      ? { headers: { Authorization: `Bearer ${options.accessToken}` } }
      : {},
  });
}
