// The portal's one supabase-js client and the Refine providers built on it.

import { dataProvider as supabaseDataProvider } from "@refinedev/supabase";
import { createAuthProvider } from "@supabase-client/auth-provider";
import { createBrowserClient } from "@supabase-client/create-client";
import { createLiveProvider } from "@supabase-client/live-provider";

export const supabase = createBrowserClient(import.meta.env);

export const authProvider = createAuthProvider(supabase, {
  loginPath: "/login",
  homePath: "/",
  // Where people land once the confirm page has verified them (Auth's `redirect_to`).
  confirmUrl: `${window.location.origin}/`,
  resetPasswordUrl: `${window.location.origin}/`,
});

export const dataProvider = supabaseDataProvider(supabase);

export const liveProvider = createLiveProvider(supabase);
