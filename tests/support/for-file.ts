// One resource for a whole test file (a stack, a database): started before the file's tests,
// stopped after them, and reachable from every test through the stand-in this returns, so a
// file says `const stack = forFile(startX, (s) => s.stop())` instead of a let and two hooks.
import { afterAll, beforeAll } from "vitest";

/**
 * Registers beforeAll/afterAll for `start`/`stop` and returns a stand-in for the started value:
 * reading a property forwards to it (methods keep working, since their `this` is the stand-in).
 * @example const db = forFile(() => createTestDatabase(), (database) => database.drop());
 */
export function forFile<T extends object>(
  start: () => Promise<T>,
  stop: (value: T) => unknown,
  timeoutMs?: number,
): T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await start();
  }, timeoutMs);
  afterAll(async () => {
    const started = current;
    current = undefined;
    if (started) {
      await stop(started);
    }
  });
  return new Proxy({} as T, {
    get(_target, key) {
      if (!current) {
        throw new Error(`used outside the file's tests: .${String(key)} before beforeAll`);
      }
      return Reflect.get(current, key, current);
    },
  });
}
