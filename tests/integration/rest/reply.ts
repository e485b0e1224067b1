// A REST answer's status and JSON body (or a supabase-js query's status and error), checked
// together: most REST tests pin both, status first (so a wrong status fails on its own line), then
// the body PostgREST would send.
import { expect } from "vitest";

/**
 * Expects `status` and exactly `body`.
 * @example await expectReply(response, 404, { code: "PGRST202", message, details, hint });
 */
export async function expectReply(response: Response, status: number, body: unknown) {
  expect(response.status).toBe(status);
  expect(await response.json()).toEqual(body);
}

/**
 * Expects `status` and a body holding at least `fields` (toMatchObject).
 * @example await expectReplyLike(response, 400, { code: "PGRST200" });
 */
export async function expectReplyLike(response: Response, status: number, fields: object) {
  expect(response.status).toBe(status);
  expect(await response.json()).toMatchObject(fields);
}

/** What awaiting a supabase-js query gives: its HTTP status and PostgREST's error, if any. */
type Answered = PromiseLike<{ status: number; error: unknown }>;

/**
 * Expects a supabase-js query to answer `status` and exactly `error`, as expectReply does for fetch.
 * @example await expectError(api().from("book").select(), 404, { code: "PGRST205", message, details, hint });
 */
export async function expectError(query: Answered, status: number, error: object) {
  const answered = await query;
  expect(answered.status).toBe(status);
  expect(answered.error).toEqual(error);
}

/**
 * Expects a supabase-js query to answer `status` and an error holding at least `fields`.
 * @example await expectErrorLike(api().from("books").select("id,nope"), 400, { code: "42703" });
 */
export async function expectErrorLike(query: Answered, status: number, fields: object) {
  const answered = await query;
  expect(answered.status).toBe(status);
  expect(answered.error).toMatchObject(fields);
}
