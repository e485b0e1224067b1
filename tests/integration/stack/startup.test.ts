// Requests during start-up: a loop hammers the API port from before it listens until the stack is
// ready; the stack must start anyway and every answer must be a well-formed 200 or JSON 503.
import { describe, expect, it } from "vitest";
import { apiKeysFor } from "../../../supabase/local/keys";
import { type LocalStack, startLocalStack } from "../../../supabase/local/stack";
import { databaseForFile } from "../../support/database";
import { freePort } from "../../support/ports";
import { TEST_JWT_SECRET } from "../../support/stack";

interface Answer {
  path: string;
  status: number;
  contentType: string;
  retryAfter: string | null;
  body: string;
}

const db = databaseForFile();

/** Paths that answer 200 on a ready stack, one per service. */
const paths = ["/health", "/rest/v1/", "/auth/v1/health", "/auth/v1/settings"];

/** One raw request; a refused or timed-out connection (before `listen`) is no answer at all. */
async function probe(url: string, path: string, apikey: string): Promise<Answer | undefined> {
  try {
    const response = await fetch(`${url}${path}`, {
      headers: { apikey },
      signal: AbortSignal.timeout(1_000),
    });
    return {
      path,
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      retryAfter: response.headers.get("retry-after"),
      body: await response.text(),
    };
  } catch {
    return undefined;
  }
}

describe("start-up under requests", () => {
  it("stays up and answers only 200 or a JSON 503 with Retry-After until ready", {
    timeout: 60_000,
  }, async () => {
    const port = await freePort();
    const keys = await apiKeysFor(TEST_JWT_SECRET);
    const url = `http://127.0.0.1:${port}`;
    const answers: Answer[] = [];
    const pending: Promise<void>[] = [];
    let refused = 0;
    let hammering = true;
    let sent = 0;
    // Every ~5 ms a new request, not waiting for the previous one: a slow answer must not
    // leave a gap in which the server finishes mounting unobserved.
    const hammer = (async () => {
      while (hammering) {
        const path = paths[sent % paths.length] ?? "/health";
        sent += 1;
        pending.push(
          probe(url, path, keys.anonKey).then((answer) => {
            if (answer) {
              answers.push(answer);
            } else {
              refused += 1;
            }
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();

    let stack: LocalStack | undefined;
    try {
      stack = await startLocalStack({
        port,
        keys,
        databaseUrl: db.ownerUrl,
      });
      // Keep hammering a little after ready, so requests racing the switch are covered too.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      hammering = false;
      await hammer;
      await Promise.all(pending);
    }

    const notReady = answers.filter((answer) => answer.status === 503);
    // The loop really did hit the port while it was starting, and after.
    expect(notReady.length).toBeGreaterThan(0);
    expect(answers.some((answer) => answer.status === 200)).toBe(true);
    expect(sent).toBe(answers.length + refused);
    for (const answer of notReady) {
      expect(answer.contentType).toContain("application/json");
      expect(answer.retryAfter).toMatch(/^\d+$/);
      expect(JSON.parse(answer.body)).toMatchObject({
        code: "PGRST002",
        message: expect.any(String),
      });
    }
    for (const answer of answers.filter((answer) => answer.status !== 503)) {
      expect({ path: answer.path, status: answer.status }).toEqual({
        path: answer.path,
        status: 200,
      });
      // PostgREST's root answers its OpenAPI document as application/openapi+json.
      expect(answer.contentType).toMatch(/^application\/(openapi\+)?json/);
      expect(() => JSON.parse(answer.body)).not.toThrow();
    }

    const health = await fetch(`${url}/health`);
    expect(await health.json()).toEqual({
      status: "ok",
      services: expect.arrayContaining([
        "/rest/v1",
        "/auth/v1",
        "/functions/v1",
        "/storage/v1",
        "/realtime/v1",
      ]),
    });
    const rest = await fetch(`${url}/rest/v1/`, { headers: { apikey: keys.anonKey } });
    expect(rest.status).toBe(200);
    const auth = await fetch(`${url}/auth/v1/health`, { headers: { apikey: keys.anonKey } });
    expect(auth.status).toBe(200);
    await stack?.stop();
  });
});
