// The browser's supabase-js client. Admin and portal each build one from their Vite env, which
// holds only the public URL and the anon (publishable) key: RLS is what protects the data.
import { createClient, type SupabaseClient } from "@supabase/supabase-js";

/** The only settings a browser app receives (Vite exposes nothing without the VITE_ prefix). */
export interface BrowserSupabaseEnv {
  readonly [key: string]: unknown;
  VITE_SUPABASE_URL?: string;
  VITE_SUPABASE_ANON_KEY?: string;
}

/**
 * @example const supabase = createBrowserClient(import.meta.env);
 * @throws when either setting is missing, with what to do about it.
 */
export function createBrowserClient(env: BrowserSupabaseEnv): SupabaseClient {
  const url = env.VITE_SUPABASE_URL;
  const key = env.VITE_SUPABASE_ANON_KEY;
  if (!url || !key) {
    throw new Error(
      "VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY are not set. `npm run dev` writes them to " +
        ".env.local; for a hosted project set them as the README says.",
    );
  }
  return createClient(url, key);
}
