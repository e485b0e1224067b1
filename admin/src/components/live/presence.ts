// Who else has a page open, from a Realtime presence state keyed by user id.
import type { RealtimePresenceState } from "@supabase/supabase-js";

/** What each viewer tracks on a page's presence channel. */
export interface Viewer {
  name: string;
}

/**
 * @returns the names of everyone present except `selfKey` (another tab of mine is still me),
 * each once, sorted.
 */
export function otherViewers(state: RealtimePresenceState, selfKey: string): string[] {
  const names = new Set<string>();
  for (const [key, metas] of Object.entries(state)) {
    if (key === selfKey) {
      continue;
    }
    for (const meta of metas) {
      const name = (meta as { name?: unknown }).name;
      if (typeof name === "string" && name.trim() !== "") {
        names.add(name.trim());
      }
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
