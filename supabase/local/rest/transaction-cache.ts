// Remembers the planned transaction of recent requests, so a repeated request (the same page
// refetched, the same row polled) skips parsing, planning and SQL building.

import type { SchemaCache } from "./catalogue";
import type { Transaction } from "./execute";
import type { ApiRequest } from "./parse-request";

export interface Prepared {
  request: ApiRequest;
  transaction: Transaction;
}

/** Bodies above this are not remembered: the key would cost more than planning saves. */
const MAX_KEYED_BODY = 4096;

/**
 * A bounded LRU per schema-cache snapshot: a reload starts empty, so a plan never outlives the
 * catalogue it was made from. The key is the whole request (method, URL, every header, the body):
 * planning is a pure function of it, the token included, so a hit is exactly what planning would
 * return. Values still reach Postgres as bind parameters; only their planning is skipped.
 * @example const prepared = cache.get(snapshot, key) ?? cache.set(snapshot, key, plan());
 */
export function createTransactionCache(limit = 500) {
  const bySnapshot = new WeakMap<SchemaCache, Map<string, Prepared>>();
  return {
    key(method: string, url: string, headers: Record<string, string>, body: string) {
      if (body.length > MAX_KEYED_BODY) {
        return null;
      }
      // `name:value` lines are unambiguous (names are tokens; Node refuses CR and LF in a URL or
      // a header value) and several times cheaper to build than JSON.stringify of the record.
      let key = `${method} ${url}\n`;
      for (const name in headers) {
        key += `${name}:${headers[name]}\n`;
      }
      return `${key}\n${body}`;
    },
    get(snapshot: SchemaCache, key: string): Prepared | undefined {
      const entries = bySnapshot.get(snapshot);
      const hit = entries?.get(key);
      if (entries && hit) {
        entries.delete(key);
        entries.set(key, hit);
      }
      return hit;
    },
    set(snapshot: SchemaCache, key: string, prepared: Prepared): Prepared {
      let entries = bySnapshot.get(snapshot);
      if (!entries) {
        entries = new Map();
        bySnapshot.set(snapshot, entries);
      }
      entries.set(key, prepared);
      if (entries.size > limit) {
        const oldest = entries.keys().next();
        if (!oldest.done) {
          entries.delete(oldest.value);
        }
      }
      return prepared;
    },
  };
}
