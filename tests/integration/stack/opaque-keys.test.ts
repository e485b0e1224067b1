// The opaque keys hosted Supabase hands out work wherever the JWT keys do.
import { createClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startTestStack, type TestStack } from "../../support/stack";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ template: "atrium_seeded" });
});
afterAll(() => stack.stop());

const clientWith = (key: string) =>
  createClient(stack.url, key, {
    realtime: { transport: WebSocket as never },
    auth: { persistSession: false, autoRefreshToken: false },
  });

describe("opaque API keys", () => {
  it("treat sb_publishable_ as the anon key", async () => {
    expect(stack.keys.publishableKey).toMatch(/^sb_publishable_[\w-]{32}$/);
    const pages = await clientWith(stack.keys.publishableKey).from("pages").select("slug");
    expect(pages.error).toBeNull();
    expect(pages.data).toEqual([{ slug: "about" }]);
    const projects = await clientWith(stack.keys.publishableKey).from("projects").select("id");
    expect(projects.status).toBe(401);
  });

  it("treat sb_secret_ as the service role key, for REST and the Auth admin API", async () => {
    const admin = clientWith(stack.keys.secretKey);
    const projects = await admin.from("projects").select("id");
    expect(projects.data?.length).toBe(4);
    const users = await admin.auth.admin.listUsers();
    expect(users.error).toBeNull();
    expect(users.data.users.length).toBe(8);
  });

  it("leave unknown sb_ keys unrecognised", async () => {
    const pages = await clientWith("sb_publishable_not-the-real-one").from("pages").select("slug");
    expect(pages.status).toBe(401);
  });
});
