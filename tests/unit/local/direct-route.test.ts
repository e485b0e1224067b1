// The direct route reads request headers into the same record the router's fetch Headers give:
// each list of raw header lines below goes through both and the records must be equal.
import { describe, expect, it } from "vitest";
import { requestHeaderRecord } from "../../../supabase/local/direct-route";

/** What the REST service built from a web Request's headers before the direct route existed. */
function viaHeaders(raw: string[]): Record<string, string> {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    headers.append(raw[i] as string, raw[i + 1] as string);
  }
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name.toLowerCase()] = value;
  });
  return record;
}

const lists: [string, string[]][] = [
  [
    "distinct names in any case",
    ["Host", "x", "Accept", "a/b", "apikey", "k", "X-Client-Info", "y"],
  ],
  ["a repeated name", ["Accept", "application/json", "accept", "text/csv"]],
  ["repeated cookies", ["Cookie", "a=1", "cookie", "b=2; c=3"]],
  ["repeated Set-Cookie", ["Set-Cookie", "s=1", "set-cookie", "t=2"]],
  ["values with outer whitespace", ["Prefer", " \tcount=exact ", "X-Empty", ""]],
  ["a non-breaking space kept", ["X-Name", "\u00a0padded\u00a0"]],
  ["names that sort before and after", ["zeta", "1", "Alpha", "2", "mid", "3", "alpha", "4"]],
  ["a prototype-like name", ["constructor", "c", "toString", "t"]],
];

describe("requestHeaderRecord", () => {
  for (const [name, raw] of lists) {
    it(`reads ${name} as the fetch Headers do`, () => {
      const record = requestHeaderRecord(raw);
      expect(record).toEqual(viaHeaders(raw));
      expect(Object.keys(record)).toEqual(Object.keys(viaHeaders(raw)));
      expect(JSON.stringify(record)).toBe(JSON.stringify(viaHeaders(raw)));
    });
  }
});
