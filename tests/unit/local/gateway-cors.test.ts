// The gateway's own CORS middleware must answer exactly as hono/cors configured as before did:
// both run in real Hono apps and every status and header is compared.
import { Hono } from "hono";
import { cors } from "hono/cors";
import { describe, expect, it } from "vitest";
import { gatewayCors } from "../../../supabase/local/gateway-cors";

const allowMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"];
const exposeHeaders = ["Content-Range", "Preference-Applied", "Retry-After"];

function appWith(middleware: ReturnType<typeof gatewayCors>): Hono {
  const app = new Hono();
  app.use("*", middleware);
  app.get("/ok", (c) =>
    c.json({ ok: true }, 200, { "Content-Range": "0-0/1", "Access-Control-Allow-Origin": "x" }),
  );
  app.get("/text", () => new Response("plain", { headers: { Vary: "Accept" } }));
  app.get("/boom", () => {
    throw new Error("boom");
  });
  app.onError((_error, c) => c.json({ message: "failed" }, 500));
  app.notFound((c) => c.json({ message: "no Route matched with those values" }, 404));
  return app;
}

const ours = appWith(gatewayCors({ allowMethods, exposeHeaders, maxAge: 86400 }));
const hono = appWith(
  cors({
    origin: (origin) => origin || "*",
    allowMethods,
    exposeHeaders,
    maxAge: 86400,
    credentials: true,
  }),
);

async function answer(app: Hono, request: Request) {
  const response = await app.fetch(request);
  return {
    status: response.status,
    headers: [...response.headers.entries()].sort(([a], [b]) => a.localeCompare(b)),
    body: await response.text(),
  };
}

const requests: [string, () => Request][] = [
  ["a GET with an origin", () => new Request("http://x/ok", { headers: { Origin: "http://a" } })],
  ["a GET without an origin", () => new Request("http://x/ok")],
  ["a handler's own Vary", () => new Request("http://x/text", { headers: { Origin: "http://a" } })],
  [
    "a handler that throws",
    () => new Request("http://x/boom", { headers: { Origin: "http://a" } }),
  ],
  ["an unknown path", () => new Request("http://x/nothing")],
  [
    "a preflight naming headers",
    () =>
      new Request("http://x/ok", {
        method: "OPTIONS",
        headers: {
          Origin: "http://a",
          "Access-Control-Request-Method": "POST",
          "Access-Control-Request-Headers": "authorization, apikey ,x-client-info",
        },
      }),
  ],
  ["a bare preflight", () => new Request("http://x/ok", { method: "OPTIONS" })],
];

describe("gatewayCors", () => {
  for (const [name, request] of requests) {
    it(`answers ${name} as hono/cors does`, async () => {
      const expected = await answer(hono, request());
      const actual = await answer(ours, request());
      expect(actual).toEqual(expected);
      expect(actual.headers.some(([header]) => header === "access-control-allow-origin")).toBe(
        true,
      );
    });
  }
});
