// Remembers the planned transaction of recent requests, so a repeated request (the same page
// refetched, the same row polled) skips authentication, parsing, planning and SQL building.

import type { Caller } from "./authenticate";
import type { SchemaCache } from "./catalogue";
import type { Transaction } from "./execute";
import type { ApiRequest } from "./parse-request";
import type { Slot } from "./request-shape";

export interface Prepared {
  request: ApiRequest;
  transaction: Transaction;
  /** Who the request's token made the caller; its times are checked again on every hit. */
  caller: Caller;
  /** For a shape's plan: which statement parameters take the request's filter values. */
  slots?: Slot[];
}

/** Bodies above this are not remembered: the key would cost more than planning saves. */
const MAX_KEYED_BODY = 4096;
/** Requests kept per request line and body (one per caller's token and header set). */
const PER_LINE = 16;

interface Entry {
  names: string[];
  values: string[];
  prepared: Prepared;
}

/** Whether a header record is the one an entry was made from: same names, order and values. */
function sameHeaders(entry: Entry, headers: Record<string, string>): boolean {
  let i = 0;
  for (const name in headers) {
    if (entry.names[i] !== name || entry.values[i] !== headers[name]) {
      return false;
    }
    i++;
  }
  return i === entry.names.length;
}

/**
 * A bounded LRU per schema-cache snapshot: a reload (NOTIFY pgrst) starts empty, so a plan never
 * outlives the catalogue it was made from. A hit is the whole request alike (method, URL, every
 * header with the token, the body): planning is a pure function of it, so a hit is exactly what
 * planning would return, and a caller never gets another token's plan or settings. Values still
 * reach Postgres as bind parameters; only their planning is skipped. Entries are found by request
 * line and body, then by comparing the header values one by one: cheaper than joining a 1.5 KB
 * key of every header and hashing it on each request.
 * @example const hit = cache.get(snapshot, "GET", url, headers, "");
 */
export function createTransactionCache(limit = 500) {
  const bySnapshot = new WeakMap<SchemaCache, { size: number; lines: Map<string, Entry[]> }>();
  const lineOf = (method: string, url: string, body: string) =>
    body.length > MAX_KEYED_BODY ? null : `${method} ${url}\n${body}`;
  return {
    get(
      snapshot: SchemaCache,
      method: string,
      url: string,
      headers: Record<string, string>,
      body: string,
    ): Prepared | undefined {
      const line = lineOf(method, url, body);
      const cache = bySnapshot.get(snapshot);
      const entries = line === null ? undefined : cache?.lines.get(line);
      if (!cache || line === null || !entries) {
        return undefined;
      }
      const entry = entries.find((candidate) => sameHeaders(candidate, headers));
      if (entry) {
        // Most recently used last, the line as well as the entry within it.
        cache.lines.delete(line);
        cache.lines.set(line, entries);
      }
      return entry?.prepared;
    },
    set(
      snapshot: SchemaCache,
      method: string,
      url: string,
      headers: Record<string, string>,
      body: string,
      prepared: Prepared,
    ): void {
      const line = lineOf(method, url, body);
      if (line === null) {
        return;
      }
      let cache = bySnapshot.get(snapshot);
      if (!cache) {
        cache = { size: 0, lines: new Map() };
        bySnapshot.set(snapshot, cache);
      }
      let entries = cache.lines.get(line);
      if (!entries) {
        entries = [];
        cache.lines.set(line, entries);
      }
      const names = Object.keys(headers);
      entries.push({ names, values: names.map((name) => headers[name] as string), prepared });
      cache.size++;
      if (entries.length > PER_LINE) {
        entries.shift();
        cache.size--;
      }
      while (cache.size > limit) {
        const oldest = cache.lines.entries().next();
        if (oldest.done) {
          break;
        }
        const [oldLine, oldEntries] = oldest.value;
        oldEntries.shift();
        cache.size--;
        if (oldEntries.length === 0) {
          cache.lines.delete(oldLine);
        }
      }
    },
  };
}
