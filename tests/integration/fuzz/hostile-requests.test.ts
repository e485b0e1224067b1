// Seeded fuzzing of the API port: malformed and hostile requests to /rest/v1, /auth/v1 and
// /functions/v1 (injection in every position, forged and truncated JWTs, odd Prefer/Range/Accept
// headers, deep or invalid JSON, invalid UTF-8). Whatever comes in, the answer is a well-formed
// non-5xx reply, the process stays up, memory stays bounded and no row changes.
// FUZZ_RUNS=20000 FUZZ_SEED=7 npx vitest run tests/integration/fuzz  — a long run.
// Longer than ~300 lines on purpose: the generators, the well-formedness check and the three
// properties share one stack and one row checksum, which a split would start and take again.
import net from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signJwt } from "../../../supabase/local/keys";
import { startTestStack, TEST_JWT_SECRET, type TestStack } from "../../support/stack";
import { hostileText, jsonBodies, tokenKinds } from "./arbitraries";

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

let stack: TestStack;
let tables: { name: string; columns: string[] }[];
let tokens: Record<(typeof tokenKinds)[number], string | null>;
let before: Map<string, string>;
let rssBefore: number;
const statuses = new Map<number, number>();

/** md5 of every row of every table the API could reach, as the owner sees them. */
async function checksums(): Promise<Map<string, string>> {
  const names = await stack.db.owner<{ name: string }[]>`
    select format('%I.%I', schemaname, tablename) as name from pg_tables
    where schemaname in ('public', 'auth', 'private') order by 1`;
  const sums = new Map<string, string>();
  for (const { name } of names) {
    const [row] = await stack.db.owner.unsafe<{ sum: string }[]>(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from ${name} t`,
    );
    sums.set(name, row?.sum ?? "");
  }
  return sums;
}

beforeAll(async () => {
  const secret = `whsec_${Buffer.from("fuzz-secret-fuzz-secret-fuzz-sec").toString("base64")}`;
  stack = await startTestStack({
    template: "atrium_seeded",
    // What the edge functions need to boot; mail goes nowhere (no function may send any here).
    env: {
      RESEND_API_KEY: "re_test_local",
      RESEND_BASE_URL: "http://127.0.0.1:9",
      EMAIL_FROM: "Atrium <hello@atrium.test>",
      PORTAL_URL: "http://127.0.0.1:5174",
      ADMIN_URL: "http://127.0.0.1:5173",
      SEND_EMAIL_HOOK_SECRET: `v1,${secret}`,
      RESEND_WEBHOOK_SECRET: secret,
      FUNCTIONS_NO_VERIFY_JWT: "send-auth-email,resend-webhook",
      API_HEADERS_TIMEOUT_MS: "1500",
    },
  });
  const rows = await stack.db.owner<{ name: string; columns: string[] }[]>`
    select c.relname as name, array_agg(a.attname::text order by a.attnum) as columns
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'v') group by c.relname order by 1`;
  tables = rows;
  const [client] = await stack.db.owner<{ id: string }[]>`
    select id from public.profiles where role = 'client' order by email limit 1`;
  const clientToken = await stack.userToken(client?.id ?? "");
  const [header = "", payload = ""] = clientToken.split(".");
  tokens = {
    none: null,
    anon: stack.keys.anonKey,
    // Signed reads only: a client's writes to its own rows are legitimate and would move checksums.
    client: clientToken,
    algNone: `${Buffer.from('{"alg":"none","typ":"JWT"}').toString("base64url")}.${Buffer.from(
      JSON.stringify({ role: "service_role", exp: 4102444800 }),
    ).toString("base64url")}.`,
    wrongKey: await signJwt(
      "another-secret-with-at-least-32-characters!!",
      { role: "service_role" },
      3600,
    ),
    truncated: `${header}.${payload.slice(0, 10)}`,
    huge: `${header}.${"A".repeat(200_000)}.x`,
    expired: await signJwt(TEST_JWT_SECRET, { role: "authenticated", sub: client?.id }, -120),
  };
  before = await checksums();
  rssBefore = process.memoryUsage().rss;
});

afterAll(async () => {
  await stack?.stop();
});

interface Attempt {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Sends one attempt; a network failure or a timeout is a failure of the property. */
async function send(attempt: Attempt): Promise<{ status: number; text: string; type: string }> {
  const hasBody = attempt.method !== "GET" && attempt.method !== "HEAD";
  const response = await fetch(`${stack.url}${attempt.path}`, {
    method: attempt.method,
    headers: attempt.headers,
    body: !hasBody
      ? undefined
      : typeof attempt.body === "string"
        ? attempt.body
        : Buffer.from(attempt.body ?? []),
    signal: AbortSignal.timeout(15_000),
    // Auth answers some links with a redirect to the site URL; the redirect itself is the answer.
    redirect: "manual",
  });
  const text = await response.text();
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  return { status: response.status, text, type: response.headers.get("content-type") ?? "" };
}

/**
 * Every answer is below 500, and an error answer carries a JSON body the UI can show; throws
 * with the reply so that fast-check reports what came back for the counterexample.
 */
function wellFormed(reply: { status: number; text: string; type: string }): true {
  let problem = reply.status >= 500 ? "a 5xx" : null;
  if (!problem && reply.status >= 400 && reply.text !== "") {
    try {
      JSON.parse(reply.text);
    } catch {
      problem = "an error body that is not JSON";
    }
  }
  if (problem) {
    throw new Error(`${problem}: ${reply.status} ${reply.type} ${reply.text.slice(0, 300)}`);
  }
  return true;
}

/** Percent-encodes every byte of the text's UTF-8 form but `/`, as a raw client could send it. */
const asPath = (text: string) =>
  [...Buffer.from(text, "utf8")]
    .map((byte) =>
      /[A-Za-z0-9/_.~-]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).padStart(2, "0")}`,
    )
    .join("");

/** Header values travel as bytes: text outside latin1 goes as its UTF-8 bytes, as a raw client sends it. */
const asHeaderValue = (text: string) =>
  Buffer.from(text.replace(/[\r\n\0]/g, " "), "utf8").toString("latin1");

/** The headers of one attempt: the anon key, the chosen token, then the fuzzed extras. */
function attemptHeaders(
  token: (typeof tokenKinds)[number],
  extra: [string, string][],
  base: Record<string, string> = {},
): Record<string, string> {
  const headers: Record<string, string> = {
    apikey: stack.keys.anonKey,
    "content-type": "application/json",
    ...base,
  };
  const value = tokens[token];
  if (value !== null) {
    headers.authorization = `Bearer ${value}`;
  }
  for (const [name, text] of extra) {
    headers[name] = asHeaderValue(text);
  }
  return headers;
}

const header = (name: string, value: string) => fc.constant<[string, string]>([name, value]);

const headerEntries = fc.array(
  fc.oneof(
    fc.tuple(
      fc.constant("prefer"),
      fc.oneof(
        hostileText,
        fc.constantFrom(
          "return=representation",
          "count=exact",
          "handling=strict, x",
          "tx=rollback",
          "max-affected=-1",
          "timezone=../../etc",
        ),
      ),
    ),
    fc.tuple(
      fc.constant("range"),
      fc.oneof(hostileText, fc.constantFrom("0-", "5-1", "-1-3", "0-99999999999999999999")),
    ),
    fc.tuple(
      fc.constant("accept"),
      fc.oneof(
        hostileText,
        fc.constantFrom(
          "text/csv",
          "application/vnd.pgrst.object+json",
          "application/vnd.pgrst.plan+json",
          "image/png",
        ),
      ),
    ),
    fc.tuple(
      fc.constantFrom("accept-profile", "content-profile"),
      fc.oneof(hostileText, fc.constantFrom("public", "auth", "private", "pg_catalog")),
    ),
    header("content-type", "text/csv"),
    header("content-type", "application/x-www-form-urlencoded"),
  ),
  { maxLength: 3 },
);

function restAttempt(readOnly: boolean) {
  const tableName = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...tables.map((table) => table.name)) },
    { weight: 1, arbitrary: hostileText },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "rpc/redeem_beta_invite",
        "rpc/claim_notifications",
        "rpc/enqueue_reminders",
        "rpc/nope",
      ),
    },
  );
  const column = fc.oneof(
    fc.constantFrom(...tables.flatMap((table) => table.columns)),
    hostileText,
  );
  const key = fc.oneof(
    fc.constantFrom(
      "select",
      "order",
      "limit",
      "offset",
      "on_conflict",
      "columns",
      "or",
      "and",
      "not.or",
    ),
    column,
    column.map((name) => `${name}.order`),
  );
  const value = fc.oneof(
    hostileText,
    fc
      .tuple(
        column,
        fc.constantFrom("eq", "in", "like", "fts", "cs", "is", "not.eq", "eq(any)", "ilike(all)"),
        hostileText,
      )
      .map(([name, op, text]) => `${op}.${text}${name.length % 2 ? `,${name}` : ""}`),
    fc.tuple(column, column).map(([a, b]) => `${a},${b}(${a}),...${b}(*)`),
  );
  const method = readOnly
    ? fc.constantFrom("GET", "HEAD")
    : fc.constantFrom("GET", "POST", "PATCH", "PUT", "DELETE");
  return fc.record({
    method,
    table: tableName,
    query: fc.array(fc.tuple(key, value), { maxLength: 4 }),
    token: readOnly
      ? fc.constant<(typeof tokenKinds)[number]>("client")
      : fc.constantFrom(...tokenKinds.filter((kind) => kind !== "client")),
    extra: headerEntries,
    body: jsonBodies,
  });
}

describe("hostile requests", () => {
  it("never answer 5xx or change a row on /rest/v1", async () => {
    const toAttempt = (input: {
      method: string;
      table: string;
      query: [string, string][];
      token: (typeof tokenKinds)[number];
      extra: [string, string][];
      body: string | Uint8Array;
    }): Attempt => {
      const search = new URLSearchParams(input.query).toString();
      return {
        method: input.method,
        path: `/rest/v1/${asPath(input.table)}?${search}`,
        headers: attemptHeaders(input.token, input.extra),
        body: input.body,
      };
    };
    const property = (readOnly: boolean) =>
      fc.asyncProperty(restAttempt(readOnly), async (input) =>
        wellFormed(await send(toAttempt(input))),
      );
    await fc.assert(property(false), { seed: SEED, numRuns: RUNS, endOnFailure: true });
    await fc.assert(property(true), {
      seed: SEED + 1,
      numRuns: Math.ceil(RUNS / 3),
      endOnFailure: true,
    });
  });

  it("never answer 5xx or change a row on /auth/v1 and /functions/v1", async () => {
    const attempt = fc.record({
      path: fc.constantFrom(
        "/auth/v1/token?grant_type=password",
        "/auth/v1/token?grant_type=refresh_token",
        "/auth/v1/token?grant_type=pkce",
        "/auth/v1/token?grant_type=%27%3B--",
        "/auth/v1/verify",
        "/auth/v1/user",
        "/auth/v1/logout",
        "/auth/v1/admin/users",
        "/auth/v1/admin/generate_link",
        "/auth/v1/factors",
        "/functions/v1/process-outbox",
        "/functions/v1/resend-webhook",
        "/functions/v1/reset-mfa",
        "/functions/v1/send-auth-email",
        "/functions/v1/../rest/v1/profiles",
      ),
      method: fc.constantFrom("GET", "POST", "PUT", "DELETE"),
      token: fc.constantFrom(...tokenKinds.filter((kind) => kind !== "client")),
      body: jsonBodies,
      extra: headerEntries,
    });
    await fc.assert(
      fc.asyncProperty(attempt, async (input) => {
        const headers = attemptHeaders(input.token, input.extra, {
          "x-supabase-api-version": "2024-01-01",
        });
        return wellFormed(await send({ ...input, headers }));
      }),
      { seed: SEED + 2, numRuns: Math.ceil(RUNS / 2), endOnFailure: true },
    );
  }, 600_000);

  it("cuts off a client that trickles its headers (slowloris) with a 408", async () => {
    const { port } = new URL(stack.url);
    const socket = net.connect(Number(port), "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1");
    });
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    socket.write("GET /rest/v1/profiles HTTP/1.1\r\nHost: localhost\r\n");
    const started = Date.now();
    // One header byte every 100 ms, never finishing: the server must give up, not wait forever.
    const trickle = setInterval(() => socket.write("X"), 100);
    await closed;
    clearInterval(trickle);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("leaves every table as it was, the server up and its memory bounded", async () => {
    const after = await checksums();
    const changed = [...after]
      .filter(([name, sum]) => before.get(name) !== sum)
      .map(([name]) => name);
    // Failed sign-ins are audited by design; nothing else may move.
    expect(changed.filter((name) => name !== "auth.audit_log_entries")).toEqual([]);
    const health = await fetch(`${stack.url}/health`);
    expect(health.status).toBe(200);
    const grown = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    expect(grown).toBeLessThan(300);
    const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    console.log(
      `fuzz: ${total} requests, seed ${SEED}, statuses ${JSON.stringify(Object.fromEntries(statuses))}, rss +${grown.toFixed(0)} MB`,
    );
    expect(total).toBeGreaterThan(RUNS);
  });
});
