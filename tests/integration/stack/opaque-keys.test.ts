// The opaque keys hosted Supabase hands out work wherever the JWT keys do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../../support/stack";
import { nodeClient } from "../../support/supabase-client";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ template: "atrium_seeded" });
});
afterAll(() => stack.stop());

const clientWith = (key: string) => nodeClient(stack.url, key);

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
