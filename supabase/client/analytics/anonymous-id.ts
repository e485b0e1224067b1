// The browser's anonymous id: one random id per browser, kept in localStorage, so page views and
// the steps before sign-up can be counted per visitor without knowing who they are.

export const anonymousIdKey = "atrium.anonymous_id";

/** Where the id is kept: localStorage in the browser, anything with the same two methods in tests. */
export type IdStore = Pick<Storage, "getItem" | "setItem">;

/** Used when storage is refused (private mode, blocked cookies): the id then lasts one page load. */
let fallbackId: string | undefined;

/**
 * The stored id, or a new one stored for next time; never throws.
 * @example anonymousId(window.localStorage) // "3f0c…"
 */
export function anonymousId(
  store: IdStore | undefined,
  newId: () => string = () => crypto.randomUUID(),
): string {
  try {
    const kept = store?.getItem(anonymousIdKey);
    if (kept) {
      return kept;
    }
    const made = newId();
    store?.setItem(anonymousIdKey, made);
    if (store) {
      return made;
    }
  } catch {
    // Storage refused: fall through to the per-page-load id.
  }
  fallbackId ??= newId();
  return fallbackId;
}

/** localStorage if this browser lets us touch it. */
export function browserStore(): IdStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
