// Postgres stopped and started again under a stream of REST, Auth and Storage requests: every
// answer is a 2xx or a JSON 503 (504 PGRST003 for REST, 544 DatabaseTimeout for Storage) in the
// service's own shape, none hangs, and the stack serves again within seconds of Postgres's
// return without being restarted (schema cache LISTEN included).
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeysFor } from "../../../supabase/local/keys";
import { type LocalStack, startLocalStack } from "../../../supabase/local/stack";
import { TEST_JWT_SECRET } from "../../support/stack";
import { type RestartableDatabase, startRestartableDatabase } from "./restartable-database";

const EMAIL = "fault@example.com";
const PASSWORD = "fault-tolerant-password-1";
const BUCKET = "fault-files";
/** No answer may take longer than this, outage or not. */
const MAX_ANSWER_MS = 10_000;

interface Answer {
  kind: "rest" | "auth" | "storage";
  status: number;
  body: unknown;
  ms: number;
  at: number;
}

let db: RestartableDatabase;
let stack: LocalStack;

beforeAll(async () => {
  db = await startRestartableDatabase("atrium-fault-pg-");
  stack = await startLocalStack({
    port: 0,
    keys: await apiKeysFor(TEST_JWT_SECRET),
    databaseUrl: db.ownerUrl,
    log: process.env.FAULT_TEST_LOG ? (line) => console.log(line) : undefined,
    env: {
      GOTRUE_PASSWORD_HASH_COST: "4",
      GOTRUE_RATE_LIMIT_OTP: "100000",
      // PostgREST's default is 10 s; shorter here to stay inside the test's bound on an answer.
      PGRST_DB_POOL_ACQUISITION_TIMEOUT: "4",
    },
  });
  const created = await fetch(`${stack.url}/auth/v1/admin/users`, {
    method: "POST",
    headers: serviceHeaders(),
    body: JSON.stringify({ email: EMAIL, password: PASSWORD, email_confirm: true }),
  });
  expect(created.status).toBe(200);
  const bucket = await fetch(`${stack.url}/storage/v1/bucket`, {
    method: "POST",
    headers: serviceHeaders(),
    body: JSON.stringify({ name: BUCKET }),
  });
  expect(bucket.status).toBe(200);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await db?.remove();
});

function serviceHeaders(): Record<string, string> {
  return {
    apikey: stack.keys.serviceRoleKey,
    Authorization: `Bearer ${stack.keys.serviceRoleKey}`,
    "Content-Type": "application/json",
  };
}

/** One REST read and one Auth sign-in (both reach the database), timed. */
async function ask(kind: Answer["kind"]): Promise<Answer> {
  const started = Date.now();
  const response = await send(kind).catch((error: unknown) => error);
  if (!(response instanceof Response)) {
    // No answer in time (or a dropped connection): recorded, and the assertions below name it.
    return { kind, status: 0, body: String(response), ms: Date.now() - started, at: Date.now() };
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Kept as text: the assertion below names it.
  }
  return { kind, status: response.status, body, ms: Date.now() - started, at: Date.now() };
}

function send(kind: Answer["kind"]): Promise<Response> {
  const signal = AbortSignal.timeout(MAX_ANSWER_MS);
  switch (kind) {
    case "rest":
      return fetch(`${stack.url}/rest/v1/companies?select=id&limit=1`, {
        headers: serviceHeaders(),
        signal,
      });
    case "auth":
      return fetch(`${stack.url}/auth/v1/token?grant_type=password`, {
        method: "POST",
        headers: { apikey: stack.keys.anonKey, "Content-Type": "application/json" },
        body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
        signal,
      });
    case "storage":
      return fetch(`${stack.url}/storage/v1/object/list/${BUCKET}`, {
        method: "POST",
        headers: serviceHeaders(),
        body: JSON.stringify({ prefix: "" }),
        signal,
      });
  }
}

const kinds: Answer["kind"][] = ["rest", "auth", "storage"];

/** Keeps `workers` callers busy until `until()` says stop, collecting every answer. */
async function load(answers: Answer[], until: () => boolean, workers = 3): Promise<void> {
  await Promise.all(
    Array.from({ length: workers }, async (_, index) => {
      const kind = kinds[index % kinds.length] ?? "rest";
      while (!until()) {
        answers.push(await ask(kind));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Postgres restart under load", () => {
  it("answers 2xx or each service's own shaped outage error, never hangs, and serves again within seconds", async () => {
    const answers: Answer[] = [];
    let done = false;
    const running = load(answers, () => done);
    await sleep(500);
    const stoppedAt = Date.now();
    await db.stopPostgres();
    await sleep(3000);
    await db.startPostgres();
    const backAt = Date.now();
    // Both services answer 200 again within a few seconds, without a restart of the stack.
    const recovered = async (kind: Answer["kind"]) => {
      for (;;) {
        const answer = await ask(kind);
        if (answer.status === 200 || answer.at - backAt > 10_000) {
          return answer.at - backAt;
        }
        await sleep(100);
      }
    };
    const [restMs, authMs, storageMs] = await Promise.all(kinds.map(recovered));
    await sleep(1000);
    done = true;
    await running;

    if (process.env.FAULT_TEST_LOG) {
      console.log(
        answers
          .map(
            (a) =>
              `${a.at - stoppedAt} ${a.kind} ${a.status} ${a.ms}ms ${JSON.stringify(a.body).slice(0, 120)}`,
          )
          .join("\n"),
      );
    }
    expect(restMs).toBeLessThan(5_000);
    expect(authMs).toBeLessThan(5_000);
    expect(storageMs).toBeLessThan(5_000);
    const during = answers.filter((answer) => answer.at > stoppedAt);
    // The fault was exercised: both services answered 503 for requests made in the outage.
    expect(during.some((answer) => answer.kind === "rest" && answer.status === 503)).toBe(true);
    expect(during.some((answer) => answer.kind === "auth" && answer.status === 503)).toBe(true);
    expect(during.some((answer) => answer.kind === "storage" && answer.status === 544)).toBe(true);
    for (const answer of answers) {
      expect(answer.ms, JSON.stringify(answer)).toBeLessThan(MAX_ANSWER_MS);
      if (answer.status === 504 && answer.kind === "rest") {
        // PostgREST's answer to a request that got no pool connection in time.
        expect(answer.body, JSON.stringify(answer)).toMatchObject({ code: "PGRST003" });
      } else if (answer.status === 503 && answer.kind === "rest") {
        expect(answer.body, JSON.stringify(answer)).toMatchObject({
          code: expect.stringMatching(/^(PGRST000|PGRST001|57P01)$/),
          message: expect.any(String),
        });
      } else if (answer.kind === "storage" && answer.status === 544) {
        // storage-api's own answer when its pool cannot reach the database.
        expect(answer.body, JSON.stringify(answer)).toEqual({
          statusCode: "544",
          code: "DatabaseTimeout",
          error: "DatabaseTimeout",
          message: "The connection to the database timed out",
        });
      } else if (answer.status === 503) {
        expect(answer.body, JSON.stringify(answer)).toMatchObject({
          code: 503,
          error_code: "unexpected_failure",
          msg: expect.any(String),
        });
      } else {
        expect(answer.status, JSON.stringify(answer)).toBe(200);
      }
    }
    // Requests sent once both services were back all succeed.
    const recoveredAt = backAt + Math.max(restMs ?? 0, authMs ?? 0, storageMs ?? 0);
    const after = answers.filter((answer) => answer.at - answer.ms > recoveredAt);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((answer) => answer.status === 200)).toBe(true);
  }, 60_000);

  it("still hears schema reloads: a table created after the restart is served", async () => {
    const owner = postgres(db.ownerUrl, {
      max: 1,
      onnotice: () => {},
    });
    try {
      await owner.unsafe("create table public.fault_probe (id int primary key)");
      await owner.unsafe("insert into public.fault_probe values (7)");
      await owner.unsafe("grant select on public.fault_probe to service_role");
      await owner.unsafe("notify pgrst, 'reload schema'");
    } finally {
      await owner.end();
    }
    const deadline = Date.now() + 5_000;
    const probe = () =>
      fetch(`${stack.url}/rest/v1/fault_probe?select=id`, { headers: serviceHeaders() });
    let response = await probe();
    while (response.status !== 200 && Date.now() < deadline) {
      await sleep(100);
      response = await probe();
    }
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ id: 7 }]);
  }, 30_000);
});
