// The portal's one supabase-js client and the Refine providers built on it.

import { portalPaths, portalUrl } from "@db/routes/portal";
import { dataProvider as supabaseDataProvider } from "@refinedev/supabase";
import { recordSignIns } from "@supabase-client/analytics/sign-ins";
import { createAuthProvider } from "@supabase-client/auth-provider";
import { createLiveProvider } from "@supabase-client/live-provider";
import { supabase } from "./browser-client";

export { supabase };

// Each sign-in once, for the funnel's "active" step (a person's first portal sign-in).
recordSignIns(supabase);

export const authProvider = createAuthProvider(supabase, {
  loginPath: portalPaths.login,
  homePath: portalPaths.status,
  // Where people land once the confirm page has verified them (Auth's `redirect_to`).
  confirmUrl: portalUrl(window.location.origin, "status", {}),
  resetPasswordUrl: portalUrl(window.location.origin, "status", {}),
  // MFA is optional for clients; whoever set up an authenticator app gives its code after the
  // password (or link) before any signed-in page.
  mfaPath: portalPaths.mfaCode,
});

export const dataProvider = supabaseDataProvider(supabase);

export const liveProvider = createLiveProvider(supabase);
