// The browser's anonymous id: made once, kept, and never an exception when storage is refused.
import { describe, expect, it } from "vitest";
import {
  anonymousId,
  anonymousIdKey,
  type IdStore,
} from "../../../supabase/client/analytics/anonymous-id";

function memoryStore(): IdStore & { kept: Map<string, string> } {
  const kept = new Map<string, string>();
  return {
    kept,
    getItem: (key) => kept.get(key) ?? null,
    setItem: (key, value) => void kept.set(key, value),
  };
}

describe("anonymousId", () => {
  it("makes an id once and keeps it for the next visits", () => {
    const store = memoryStore();
    let made = 0;
    const newId = () => `id-${++made}`;
    expect(anonymousId(store, newId)).toBe("id-1");
    expect(anonymousId(store, newId)).toBe("id-1");
    expect(store.kept.get(anonymousIdKey)).toBe("id-1");
    expect(made).toBe(1);
  });

  it("falls back to one id per page load when storage throws", () => {
    const refusing: IdStore = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
    };
    const first = anonymousId(refusing, () => "fallback");
    expect(first).toBe("fallback");
    expect(anonymousId(refusing, () => "other")).toBe("fallback");
    expect(anonymousId(undefined, () => "other")).toBe("fallback");
  });
});
