// Demo activity: the outbox the earlier seeds filled through triggers, and analytics events.
import * as schema from "../../db/schema";
import type { DemoUsers } from "./people";
import type { SeedTx } from "./seed-context";

/** Reads the queued notifications and inserts two analytics events; must run last. */
export async function seedActivity(tx: SeedTx, users: DemoUsers) {
  // The outbox fills itself: confirming, approving, granting and posting above enqueued mail.
  const notifications = await tx
    .select({ id: schema.notifications.id })
    .from(schema.notifications)
    .orderBy(schema.notifications.created_at, schema.notifications.idempotency_key);
  const events = await tx
    .insert(schema.analyticsEvents)
    .values([
      { event_type: "page.view", anonymous_id: "anon-1", metadata: { path: "/about" } },
      { event_type: "portal.login", profile_id: users.clientA, metadata: {} },
    ])
    .returning({ id: schema.analyticsEvents.id });
  return {
    notifications: notifications.map((row) => row.id),
    events: events.map((row) => row.id),
  };
}
