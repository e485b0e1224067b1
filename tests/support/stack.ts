// Starts the local stack on a free port over a fresh test database, for integration tests.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { SupabaseClient } from "@supabase/supabase-js";
import { apiKeysFor, signJwt } from "../../supabase/local/keys";
import { type LocalStack, startLocalStack } from "../../supabase/local/stack";
import { createTestDatabase, type TestDatabase } from "./database";
import { nodeClient } from "./supabase-client";

export const TEST_JWT_SECRET = "test-secret-with-at-least-32-characters-long!!";

export interface TestStack extends LocalStack {
  db: TestDatabase;
  /** This stack's own Storage folder, removed on stop. */
  storageDir: string;
  /** A supabase-js client as anon (the default) or with another bearer token. */
  client(accessToken?: string): SupabaseClient;
  /** Mints an `authenticated` access token for a user id, as Auth would. */
  userToken(userId: string, extraClaims?: Record<string, unknown>): Promise<string>;
}

/**
 * @example const stack = await startTestStack(); afterAll(() => stack.stop());
 */
export async function startTestStack(
  options: {
    env?: Record<string, string | undefined>;
    template?: "atrium_template" | "atrium_seeded";
  } = {},
): Promise<TestStack> {
  const db = await createTestDatabase(options.template);
  const keys = await apiKeysFor(TEST_JWT_SECRET);
  const storageDir = await mkdtemp(path.join(os.tmpdir(), "atrium-test-storage-"));
  let stack: LocalStack;
  try {
    stack = await startLocalStack({
      port: 0,
      keys,
      databaseUrl: db.ownerUrl,
      env: { STORAGE_DIR: storageDir, ...options.env },
    });
  } catch (error) {
    await db.drop();
    await rm(storageDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...stack,
    db,
    storageDir,
    client(accessToken) {
      return nodeClient(stack.url, keys.anonKey, { accessToken });
    },
    userToken(userId, extraClaims = {}) {
      return signJwt(
        TEST_JWT_SECRET,
        { sub: userId, role: "authenticated", aud: "authenticated", ...extraClaims },
        3600,
      );
    },
    async stop() {
      await stack.stop();
      await db.drop();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}
