import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The apps' import aliases (tsconfig paths), so tests can import portal and admin modules.
  resolve: {
    alias: {
      "@db": path.resolve(import.meta.dirname, "db"),
      "@supabase-client": path.resolve(import.meta.dirname, "supabase/client"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
