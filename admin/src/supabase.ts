// The admin's supabase-js client and the Refine providers built on it. Only staff may sign in:
// a client's session is ended at once with "This account cannot sign in here", and a staff
// member gives their authenticator app's code (or, the first time, adds one) before any page.
import { adminPaths } from "@db/routes/admin";
import { dataProvider as supabaseDataProvider } from "@refinedev/supabase";
import { createAccessControlProvider } from "@supabase-client/access-control";
import { createAuthProvider } from "@supabase-client/auth-provider";
import { createBrowserClient } from "@supabase-client/create-client";
import { createLiveProvider } from "@supabase-client/live-provider";

export const supabase = createBrowserClient(import.meta.env);

export const authProvider = createAuthProvider(supabase, {
  loginPath: adminPaths.login,
  homePath: adminPaths.home,
  allowedRoles: ["team", "admin"],
  mfaPath: adminPaths.mfaCode,
  // Staff work needs aal2 (the database refuses it at aal1), so a factor is not optional here.
  mfaEnrollPath: adminPaths.mfaEnroll,
});

export const dataProvider = supabaseDataProvider(supabase);

export const liveProvider = createLiveProvider(supabase);

export const accessControlProvider = createAccessControlProvider(authProvider, supabase);
