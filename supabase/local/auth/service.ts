// Auth at /auth/v1 (GoTrue-compatible). Placeholder until issue #5 lands its endpoints.
import { Hono } from "hono";
import type { StackContext, StackService } from "../context";

export async function createAuthService(_context: StackContext): Promise<StackService> {
  const app = new Hono();
  app.all("*", (c) => c.json({ code: "not_implemented", message: "Auth is not built yet" }, 501));
  return { prefix: "/auth/v1", app, close: async () => {} };
}
