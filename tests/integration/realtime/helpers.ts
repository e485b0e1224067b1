// Shared pieces of the realtime tests: supabase-js clients whose realtime token the test
// controls or that are signed out, subscribing with a deadline, polling for a condition, Atrium
// users per role, and projects inserted with plain SQL.
import { randomUUID } from "node:crypto";
import {
  createClient,
  type RealtimeChannel,
  type RealtimePostgresChangesPayload,
  type SupabaseClient,
} from "@supabase/supabase-js";
import postgres from "postgres";
import WebSocket from "ws";
import { forFile } from "../../support/for-file";
import { startTestStack, type TestStack } from "../../support/stack";
import { staffToken } from "../../support/staff-session";
import { createTestUser, testStaffLogin } from "../../support/test-users";

/** A client acting with `token()` for REST and Realtime, as an app with a session would. */
export function clientWithToken(url: string, anonKey: string, token: () => string): SupabaseClient {
  return createClient(url, anonKey, {
    realtime: { transport: WebSocket as never },
    accessToken: async () => token(),
  });
}

/** Polls `check` until it holds, failing after `timeoutMs` with `what`. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Resolves once the channel is SUBSCRIBED; rejects with the first other status.
 * @example await joined(client.channel("room-1"));
 */
export function joined(channel: RealtimeChannel): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.subscribe((status, error) => {
      if (status === "SUBSCRIBED") {
        resolve();
      } else {
        reject(error ?? new Error(status));
      }
    });
  });
}

export interface AnonRealtimeFile {
  stack: TestStack;
  /** A signed-out client speaking the given Realtime protocol version (2.0.0 unless told). */
  anonClient: (vsn?: "1.0.0" | "2.0.0") => SupabaseClient;
}

/**
 * A test file's stack and its signed-out realtime-js clients: started before the file's tests;
 * after them every client's channels are left, then the stack stops.
 * @example const { stack, anonClient } = anonRealtimeForFile();
 */
export function anonRealtimeForFile(): AnonRealtimeFile {
  const clients: SupabaseClient[] = [];
  const stack = forFile(startTestStack, async (started) => {
    await Promise.all(clients.map((client) => client.removeAllChannels()));
    await started.stop();
  });
  const anonClient = (vsn: "1.0.0" | "2.0.0" = "2.0.0") => {
    const client = createClient(stack.url, stack.keys.anonKey, {
      realtime: { transport: WebSocket as never, vsn },
      auth: { persistSession: false, autoRefreshToken: false },
    });
    clients.push(client);
    return client;
  };
  return { stack, anonClient };
}

export type Change = RealtimePostgresChangesPayload<Record<string, unknown>>;

export interface Watcher {
  channel: RealtimeChannel;
  changes: Change[];
  statuses: string[];
}

/**
 * Subscribes to postgres_changes and resolves once SUBSCRIBED (rejects on an error status).
 * @example const w = await watch(client, "projects"); w.changes
 */
export async function watch(
  client: SupabaseClient,
  table: string,
  options: { event?: "*" | "INSERT" | "UPDATE" | "DELETE"; filter?: string; topic?: string } = {},
): Promise<Watcher> {
  // supabase-js hands realtime-js its token asynchronously after createClient; a join sent
  // before that would go out with the anon key (against hosted Supabase too), so settle it first.
  await client.realtime.setAuth();
  const watcher: Watcher = {
    channel: client.channel(options.topic ?? `watch-${table}-${randomUUID()}`),
    changes: [],
    statuses: [],
  };
  watcher.channel.on(
    "postgres_changes",
    {
      event: options.event ?? "*",
      schema: "public",
      table,
      ...(options.filter ? { filter: options.filter } : {}),
    } as { event: "*"; schema: string; table: string },
    (payload: Change) => watcher.changes.push(payload),
  );
  return new Promise((resolve, reject) => {
    watcher.channel.subscribe((status, error) => {
      watcher.statuses.push(status);
      if (status === "SUBSCRIBED") {
        resolve(watcher);
      } else if (watcher.statuses.length === 1) {
        reject(error ?? new Error(status));
      }
    });
  });
}

export interface World {
  companyA: string;
  companyB: string;
  clientA: string;
  clientB: string;
  team: string;
}

/** Creates two companies, a client login in each and a team member (as GoTrue would). */
export async function createWorld(superuser: postgres.Sql): Promise<World> {
  const world: World = {
    companyA: randomUUID(),
    companyB: randomUUID(),
    clientA: randomUUID(),
    clientB: randomUUID(),
    team: randomUUID(),
  };
  await superuser`insert into public.companies (id, name) values (${world.companyA}, 'A Corp'), (${world.companyB}, 'B Corp')`;
  const users: Array<[string, "client" | "team", string | null]> = [
    [world.clientA, "client", world.companyA],
    [world.clientB, "client", world.companyB],
    [world.team, "team", null],
  ];
  for (const [id, role, companyId] of users) {
    await createTestUser(superuser, { id, role, companyId });
  }
  return world;
}

/**
 * Inserts a project with plain SQL, committed on its own, and answers its id.
 * @example const id = await insertProject(file.stack.db.owner, file.world.companyA, "Doomed");
 */
export async function insertProject(sql: postgres.Sql, companyId: string, name: string) {
  const [row] = await sql<{ id: string }[]>`
    insert into public.projects (company_id, name) values (${companyId}, ${name}) returning id`;
  return row?.id ?? "";
}

export interface RealtimeFile {
  stack: TestStack;
  superuser: postgres.Sql;
  world: World;
}

/** A test file's stack, a superuser pool and the two-company world. */
async function startRealtimeFile(): Promise<RealtimeFile> {
  const stack = await startTestStack();
  const superuser = postgres(stack.db.superuserUrl, { max: 1, onnotice: () => {} });
  return { stack, superuser, world: await createWorld(superuser) };
}

/** Leaves every channel of the file's clients, then stops what startRealtimeFile started. */
async function stopRealtimeFile(
  file: Omit<RealtimeFile, "world">,
  clients: SupabaseClient[],
): Promise<void> {
  await Promise.all(clients.map((client) => client.removeAllChannels()));
  await file.superuser.end();
  await file.stack.stop();
}

/**
 * The stack, superuser pool and world of one test file, started before its tests; after them
 * every channel of `clients` (the file's realtime-js clients) is left and all is stopped.
 * @example const clients: SupabaseClient[] = []; const file = realtimeForFile(clients);
 */
export function realtimeForFile(clients: SupabaseClient[]): RealtimeFile {
  return forFile(startRealtimeFile, (file) => stopRealtimeFile(file, clients));
}

/**
 * A client acting as `userId` of the file's world, kept in `clients` so the file leaves its
 * channels. Staff sign in for real, to aal2; clients carry a token minted as Auth would.
 * @example const team = await worldClient(file, clients, file.world.team);
 */
export async function worldClient(
  file: RealtimeFile,
  clients: SupabaseClient[],
  userId: string,
): Promise<SupabaseClient> {
  const token =
    userId === file.world.team
      ? await staffToken(file.stack, testStaffLogin({ id: userId }))
      : await file.stack.userToken(userId);
  const client = clientWithToken(file.stack.url, file.stack.keys.anonKey, () => token);
  clients.push(client);
  return client;
}
