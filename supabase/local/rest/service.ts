// REST at /rest/v1 (PostgREST-compatible). Placeholder until issue #4 lands its pipeline.
import { Hono } from "hono";
import type { StackContext, StackService } from "../context";

export async function createRestService(_context: StackContext): Promise<StackService> {
  const app = new Hono();
  app.all("*", (c) =>
    c.json({ code: "PGRST000", message: "REST is not built yet", details: null, hint: null }, 501),
  );
  return { prefix: "/rest/v1", app, close: async () => {} };
}
