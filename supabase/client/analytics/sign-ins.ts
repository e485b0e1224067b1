// Records each sign-in to an app once (`portal.login`); the funnel's "active" step is a person's
// first one, which the database works out, so the browser need not know if it is the first.
import type { Session, SupabaseClient } from "@supabase/supabase-js";
import { browserStore } from "./anonymous-id";
import { clientSink, recordEvent } from "./record";

const lastRecordedKey = "atrium.analytics.last_sign_in";

/** One sign-in: the same session seen again (a reload, a refreshed token) is not a new one. */
const signInOf = (session: Session) => `${session.user.id}:${session.user.last_sign_in_at ?? ""}`;

/**
 * Listens for the whole page's life; call once per app, next to its supabase-js client.
 * @example recordSignIns(supabase);
 */
export function recordSignIns(client: SupabaseClient): void {
  client.auth.onAuthStateChange((event, session) => {
    if (!session || (event !== "SIGNED_IN" && event !== "INITIAL_SESSION")) {
      return;
    }
    try {
      const store = browserStore();
      const signIn = signInOf(session);
      if (store?.getItem(lastRecordedKey) === signIn) {
        return;
      }
      store?.setItem(lastRecordedKey, signIn);
    } catch {
      // Without storage a reload may count a sign-in twice; the funnel counts people, not events.
    }
    // After the callback returns: supabase-js holds its auth lock while callbacks run.
    setTimeout(() => recordEvent(clientSink(client), "portal.login"), 0);
  });
}
