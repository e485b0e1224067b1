// /rest/v1/rpc/redeem_beta_invite through supabase-js: the public function is now an invoker
// wrapper around private.redeem_beta_invite, and callers see the same answers as before.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestStack, type TestStack } from "../../support/stack";

const world = inject("demoWorld");
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ template: "atrium_seeded" });
});
afterAll(() => stack.stop());

describe("rpc redeem_beta_invite", () => {
  it("grants the product to the signed-in caller and counts one use", async () => {
    const [before] = await stack.db
      .owner`select uses from beta_invite_codes where code = 'MOBILE-2026'`;
    const client = stack.client(await stack.userToken(world.users.clientB));
    const { data, error } = await client
      .rpc("redeem_beta_invite", { invite_code: "MOBILE-2026" })
      .select("product_id, profile_id")
      .single();
    expect(error).toBeNull();
    expect(data).toEqual({ product_id: world.products.mobile, profile_id: world.users.clientB });
    const [after] = await stack.db
      .owner`select uses from beta_invite_codes where code = 'MOBILE-2026'`;
    expect(after?.uses).toBe(Number(before?.uses) + 1);
  });

  it("answers a bad code with the function's own message", async () => {
    const client = stack.client(await stack.userToken(world.users.clientA));
    const { data, error } = await client.rpc("redeem_beta_invite", { invite_code: "NOPE-0000" });
    expect(data).toBeNull();
    expect(error).toMatchObject({ code: "P0001", message: "This invite code does not exist" });
  });

  it("refuses anon, who may not execute it", async () => {
    const { data, error } = await stack
      .client()
      .rpc("redeem_beta_invite", { invite_code: "MOBILE-2026" });
    expect(data).toBeNull();
    expect(error).toMatchObject({ code: "42501" });
  });
});
