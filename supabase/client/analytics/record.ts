// Records an analytics event without ever holding up or breaking the page: the call returns at
// once, the insert runs in the background and any failure (offline, refused, storage blocked) is
// dropped. Two ways to send: `restSink` posts with the anon key through fetch, so the light pages
// (sign-up) need no supabase-js; `clientSink` goes through a signed-in supabase-js client, so the
// event carries the person's profile (RLS lets anyone record only events about themselves).
import type { AnalyticsEventType, NewAnalyticsEvent } from "@db/schema/analytics";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { BrowserSupabaseEnv } from "../create-client";
import { anonymousId, browserStore } from "./anonymous-id";

type EventRow = Pick<NewAnalyticsEvent, "event_type" | "anonymous_id" | "metadata">;

/** Something that stores one event row. */
export interface EventSink {
  send(row: EventRow): Promise<unknown>;
}

/** Anonymous events over plain fetch (`return=minimal`: anon may insert but not read back). */
export function restSink(env: BrowserSupabaseEnv): EventSink {
  return {
    send: async (row) => {
      const url = env.VITE_SUPABASE_URL;
      const key = env.VITE_SUPABASE_ANON_KEY;
      if (typeof url !== "string" || typeof key !== "string") {
        return;
      }
      await fetch(`${url}/rest/v1/analytics_events`, {
        method: "POST",
        // keepalive: a page view or a click that navigates away still gets sent.
        keepalive: true,
        headers: {
          apikey: key,
          Authorization: `Bearer ${key}`,
          "Content-Type": "application/json",
          Prefer: "return=minimal",
        },
        body: JSON.stringify(row),
      });
    },
  };
}

/** Events about the signed-in person, through their own supabase-js client. */
export function clientSink(client: SupabaseClient): EventSink {
  return {
    send: async (row) => {
      const { data } = await client.auth.getSession();
      await client
        .from("analytics_events")
        .insert({ ...row, profile_id: data.session?.user.id ?? null });
    },
  };
}

/**
 * Fire and forget: never throws, never awaited by the page.
 * @example recordEvent(portalEvents, "signup.submitted");
 */
export function recordEvent(
  sink: EventSink,
  type: AnalyticsEventType,
  metadata: Record<string, unknown> = {},
): void {
  try {
    const row = { event_type: type, anonymous_id: anonymousId(browserStore()), metadata };
    sink.send(row).catch(() => undefined);
  } catch {
    // Recording is best effort; the page goes on.
  }
}

const recordedOnce = new Set<string>();

/** Records `type` once per page load (e.g. the first keystroke of a form). */
export function recordEventOnce(sink: EventSink, type: AnalyticsEventType): void {
  if (!recordedOnce.has(type)) {
    recordedOnce.add(type);
    recordEvent(sink, type);
  }
}

/**
 * `email.confirmed` when the link just verified is a sign-up confirmation (GoTrue's `signup`,
 * or `email` in its newer links); password resets, magic links and invitations are not.
 */
export function recordEmailConfirmed(client: SupabaseClient, otpType: string): void {
  if (otpType === "signup" || otpType === "email") {
    recordEvent(clientSink(client), "email.confirmed");
  }
}
