// The apps' live provider (supabase/client/live-provider.ts) with the real realtime-js against the
// local stack: a resource unsubscribed and subscribed back to back (React's StrictMode does it on
// every mount) keeps hearing changes on a fresh channel, and leaves nothing behind.
import type { RealtimeChannel, SupabaseClient } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { createLiveProvider } from "../../../supabase/client/live-provider";
import { realtimeForFile, waitFor, worldClient } from "../realtime/helpers";

const clients: SupabaseClient[] = [];
const file = realtimeForFile(clients);

async function clientAs(userId: string): Promise<SupabaseClient> {
  const client = await worldClient(file, clients, userId);
  // An app's session is loaded before it subscribes; here the token is handed over first.
  await client.realtime.setAuth();
  return client;
}

const projectsOfA = () => ({
  channel: "resources/projects",
  types: ["created"],
  params: {
    filters: [{ field: "company_id", operator: "eq" as const, value: file.world.companyA }],
  },
});

describe("createLiveProvider", () => {
  it("keeps delivering after an unsubscribe and a subscribe of the same resource back to back", async () => {
    const client = await clientAs(file.world.clientA);
    const provider = createLiveProvider(client);
    const heard: { first: unknown[]; second: unknown[] } = { first: [], second: [] };

    const first: RealtimeChannel = provider.subscribe({
      ...projectsOfA(),
      callback: (event) => heard.first.push(event.payload.name),
    });
    void provider.unsubscribe(first);
    const second: RealtimeChannel = provider.subscribe({
      ...projectsOfA(),
      callback: (event) => heard.second.push(event.payload.name),
    });

    // realtime-js forgets a leaving channel at once, so the same topic gets a new channel.
    expect(second).not.toBe(first);
    expect(client.getChannels()).toEqual([second]);
    await waitFor("the second channel to join", () => second.state === "joined");
    await file.superuser`insert into public.projects (company_id, name) values (${file.world.companyA}, 'Remounted')`;
    await waitFor("the remounted page to hear the insert", () => heard.second.length === 1);
    expect(heard).toEqual({ first: [], second: ["Remounted"] });

    await provider.unsubscribe(second);
    expect(client.getChannels()).toEqual([]);
  });
});
