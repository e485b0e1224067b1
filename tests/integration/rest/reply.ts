// A REST answer's status and JSON body, checked together: most REST tests pin both, status first
// (so a wrong status fails on its own line), then the body PostgREST would send.
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
