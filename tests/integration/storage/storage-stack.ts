// The stack a storage test file starts: its own test stack, a service-role client, and the one
// bucket the file works in, created before its tests and gone with the stack after them.
import type { SupabaseClient } from "@supabase/supabase-js";
import { expect } from "vitest";
import { forFile } from "../../support/for-file";
import { startTestStack, type TestStack } from "../../support/stack";
import { nodeClient } from "../../support/supabase-client";

export type StorageStack = TestStack & { service: SupabaseClient };

/**
 * A test stack for this file with `bucket` created by the service role (options as storage-js's
 * createBucket takes them); `service` is that service-role client.
 * @example const stack = storageStackForFile("docs"); const files = () => stack.service.storage.from("docs");
 */
export function storageStackForFile(
  bucket: string,
  options?: Parameters<SupabaseClient["storage"]["createBucket"]>[1],
): StorageStack {
  return forFile(
    async () => {
      const stack = await startTestStack();
      const service = nodeClient(stack.url, stack.keys.serviceRoleKey);
      try {
        expect((await service.storage.createBucket(bucket, options)).error).toBeNull();
      } catch (error) {
        await stack.stop();
        throw error;
      }
      return Object.assign(stack, { service });
    },
    (stack) => stack.stop(),
  );
}
