// Storage's error envelope as its HTTP API answers it: the status is 400 and the real one rides
// in the body as the string `statusCode`, as supabase/storage does.
import { expect } from "vitest";

/**
 * @example await expectStorageError(response, "409", "ResourceAlreadyExists", "Duplicate", "The resource already exists");
 */
export async function expectStorageError(
  response: Response,
  statusCode: string,
  code: string,
  error: string,
  message: string,
): Promise<void> {
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ statusCode, code, error, message });
}
