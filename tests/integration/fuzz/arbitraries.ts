// fast-check generators of hostile request parts: text that tries to break out of every quoting
// context (SQL, PostgREST's grammar, JSON, URLs), JSON that is deep, huge or invalid, and bytes
// that are not UTF-8.
import fc from "fast-check";

/** The kinds of bearer a fuzzed request carries (see the test's `tokens`). */
export const tokenKinds = [
  "none",
  "anon",
  "client",
  "algNone",
  "wrongKey",
  "truncated",
  "huge",
  "expired",
] as const;

const fragments = [
  "'",
  '"',
  "\\",
  ";",
  "--",
  "/*",
  "*/",
  "$$",
  "$1",
  "%",
  "*",
  ",",
  ".",
  ":",
  "::",
  "(",
  ")",
  "!inner",
  "->",
  "->>",
  "...",
  "or=(",
  "not.",
  "null",
  "drop table public.profiles",
  "'; drop table public.profiles; --",
  '" or 1=1 --',
  "pg_sleep(10)",
  "set role service_role",
  "../",
  "%2e%2e%2f",
  "\u0000",
  "\ud800",
  "🙂",
  "é",
  "id",
  "email",
  "role",
  "auth.users",
  "public.profiles",
];

/** Text assembled from quoting-breaking fragments and random unicode. */
export const hostileText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.constantFrom(...fragments), { maxLength: 6 })
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }).map((text) => text.repeat(500)) },
);

/** Deeply nested arrays, e.g. `[[[[…]]]]`, which a recursive parser could choke on. */
const deepJson = fc
  .integer({ min: 100, max: 5000 })
  .map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`);

/** Request bodies: JSON of any shape, hostile strings as keys and values, broken JSON, raw bytes. */
export const jsonBodies: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc
    .dictionary(hostileText, fc.oneof(hostileText, fc.integer(), fc.constant(null)))
    .map((body) => JSON.stringify(body)),
  fc
    .array(fc.dictionary(hostileText, hostileText, { maxKeys: 3 }), { maxLength: 3 })
    .map((body) => JSON.stringify(body)),
  deepJson,
  fc.constantFrom("", "{", "[1,", '{"a":}', "null", '"x"', "true", "id,email\n1,'"),
  fc
    .uint8Array({ minLength: 1, maxLength: 64 })
    .map((bytes) => Uint8Array.from([0xff, 0xfe, ...bytes])),
);
