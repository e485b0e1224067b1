// Auth throughput on this machine: token refreshes per second, GET /user per second, and password
// sign-ins per second at GoTrue's bcrypt cost (10), each over plain HTTP as auth-js sends them.
import { apiKeysFor } from "../../supabase/local/keys";
import { startLocalStack } from "../../supabase/local/stack";
import { startBenchDatabase } from "./bench-database";

const BCRYPT_COST = 10;
const SECONDS = 3;
const CONCURRENCY = 4;

interface Session {
  access_token: string;
  refresh_token: string;
}

/** Runs `worker` on `CONCURRENCY` lanes for `SECONDS`; returns completed operations per second. */
async function rate(worker: (lane: number) => Promise<void>, seconds = SECONDS): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, lane) => {
      while (performance.now() < deadline) {
        await worker(lane);
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

export default async function benchAuth(): Promise<void> {
  const db = await startBenchDatabase("auth");
  const keys = await apiKeysFor("bench-secret-with-at-least-32-characters!!");
  const stack = await startLocalStack({
    port: 0,
    keys,
    databaseUrl: db.ownerUrl,
    env: {
      GOTRUE_RATE_LIMIT_TOKEN_REFRESH: "1000000",
      GOTRUE_RATE_LIMIT_OTP: "1000000",
      GOTRUE_PASSWORD_HASH_COST: String(BCRYPT_COST),
    },
  });
  const call = async (route: string, init: RequestInit & { token?: string } = {}) => {
    const response = await fetch(`${stack.url}/auth/v1${route}`, {
      ...init,
      headers: {
        apikey: keys.anonKey,
        Authorization: `Bearer ${init.token ?? keys.anonKey}`,
        "Content-Type": "application/json;charset=UTF-8",
        "X-Supabase-Api-Version": "2024-01-01",
      },
    });
    if (!response.ok) {
      throw new Error(`${route}: ${response.status} ${await response.text()}`);
    }
    return response.status === 204 ? {} : ((await response.json()) as Record<string, unknown>);
  };

  try {
    const email = "bench@example.com";
    const password = "correct horse battery";
    await call("/admin/users", {
      method: "POST",
      token: keys.serviceRoleKey,
      body: JSON.stringify({
        email,
        password,
        email_confirm: true,
        app_metadata: { atrium_role: "client" },
      }),
    });
    const signIn = async () =>
      (await call("/token?grant_type=password", {
        method: "POST",
        body: JSON.stringify({ email, password }),
      })) as unknown as Session;

    const signIns = await rate(async () => {
      await signIn();
    });
    console.log(
      `password sign-in      ${signIns.toFixed(1)}/s  (bcrypt cost ${BCRYPT_COST}, ${CONCURRENCY} concurrent clients, bcryptjs)`,
    );

    // Each lane rotates its own session's token chain, as one browser tab would.
    const lanes = await Promise.all(Array.from({ length: CONCURRENCY }, () => signIn()));
    const refreshes = await rate(async (lane) => {
      const current = lanes[lane] as Session;
      lanes[lane] = (await call("/token?grant_type=refresh_token", {
        method: "POST",
        body: JSON.stringify({ refresh_token: current.refresh_token }),
      })) as unknown as Session;
    });
    console.log(
      `token refresh         ${refreshes.toFixed(0)}/s  (${CONCURRENCY} concurrent sessions, rotation on)`,
    );

    const token = (lanes[0] as Session).access_token;
    const users = await rate(async () => {
      await call("/user", { token });
    });
    console.log(`GET /user             ${users.toFixed(0)}/s  (${CONCURRENCY} concurrent clients)`);
  } finally {
    await stack.stop();
    await db.stop();
  }
}
