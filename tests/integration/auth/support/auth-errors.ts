// Auth's refusals as auth-js reads them (API version 2024-01-01): the status, the error code in
// the X-Sb-Error-Code header and the `{ code, message }` body.
import { expect } from "vitest";

/**
 * @example await expectAuthError(response, 400, "invalid_credentials", "Invalid login credentials");
 */
export async function expectAuthError(
  response: Response,
  status: number,
  code: string,
  message: string,
): Promise<void> {
  expect([response.status, response.headers.get("x-sb-error-code")]).toEqual([status, code]);
  expect(await response.json()).toEqual({ code, message });
}
