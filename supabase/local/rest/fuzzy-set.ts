// Approximate name matching for PostgREST's "Perhaps you meant …" hints. PostgREST 13 uses the
// Haskell `fuzzyset` package (defaults: 2- and 3-grams, Levenshtein re-scoring, minimum 0.33),
// itself a port of fuzzyset.js; this is our own implementation of that published algorithm.

interface Item {
  magnitude: number;
  /** The entry lower-cased: what scores are computed against. */
  key: string;
}

interface Bucket {
  items: Item[];
  /** Gram → (item index, occurrences of the gram in that item). */
  grams: Map<string, [number, number][]>;
}

const GRAM_SIZES = [3, 2];
const MIN_SCORE = 0.33;
/** How many of the best cosine matches are re-scored by edit distance, as fuzzyset does. */
const RESCORED = 50;

/** Lower case, keeping only letters, digits, white space and commas (fuzzyset's `normalized`). */
const normalize = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}\s,]/gu, "");

/** Counts of each n-gram of the normalized value enclosed in hyphens. */
function gramVector(value: string, size: number): Map<string, number> {
  const chars = Array.from(`-${normalize(value)}-`);
  const vector = new Map<string, number>();
  for (let offset = 0; offset + size <= chars.length; offset++) {
    const gram = chars.slice(offset, offset + size).join("");
    vector.set(gram, (vector.get(gram) ?? 0) + 1);
  }
  return vector;
}

const magnitude = (vector: Map<string, number>) =>
  Math.sqrt([...vector.values()].reduce((sum, count) => sum + count * count, 0));

/** 1 − edit distance / the longer length, by code point (text-metrics' `levenshteinNorm`). */
export function levenshteinSimilarity(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const longest = Math.max(s.length, t.length);
  if (longest === 0) {
    return 1;
  }
  let previous = t.map((_, j) => j + 1);
  previous.unshift(0);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return 1 - (previous[t.length] ?? longest) / longest;
}

/**
 * A set of names searched by similarity.
 * @example new FuzzySet(["films", "roles"]).closest("film") // "films"
 */
export class FuzzySet {
  /** Lower-cased entry → the entry as added; the first spelling added wins. */
  private readonly exact = new Map<string, string>();
  private readonly buckets = new Map<number, Bucket>();

  constructor(entries: Iterable<string>) {
    for (const size of GRAM_SIZES) {
      this.buckets.set(size, { items: [], grams: new Map() });
    }
    for (const entry of entries) {
      const key = entry.toLowerCase();
      if (this.exact.has(key)) {
        continue;
      }
      this.exact.set(key, entry);
      for (const [size, bucket] of this.buckets) {
        const vector = gramVector(key, size);
        const index = bucket.items.length;
        bucket.items.push({ magnitude: magnitude(vector), key });
        for (const [gram, count] of vector) {
          bucket.grams.set(gram, [...(bucket.grams.get(gram) ?? []), [index, count]]);
        }
      }
    }
  }

  /**
   * Matches scoring at least 0.33, best first: an exact (case-insensitive) match alone scores 1;
   * otherwise trigrams are tried before bigrams and the first size with a match answers.
   */
  matches(value: string): [number, string][] {
    const key = value.toLowerCase();
    const exact = this.exact.get(key);
    if (exact !== undefined) {
      return [[1, exact]];
    }
    for (const size of GRAM_SIZES) {
      const bucket = this.buckets.get(size);
      if (!bucket) {
        continue;
      }
      const query = gramVector(key, size);
      const dot = new Map<number, number>();
      for (const [gram, count] of query) {
        for (const [index, itemCount] of bucket.grams.get(gram) ?? []) {
          dot.set(index, (dot.get(index) ?? 0) + count * itemCount);
        }
      }
      const queryMagnitude = magnitude(query);
      const cosine = [...dot].map(([index, product]): [number, string] => {
        const item = bucket.items[index] ?? { magnitude: 1, key: "" };
        return [product / (queryMagnitude * item.magnitude), item.key];
      });
      cosine.sort((a, b) => b[0] - a[0]);
      const rescored = cosine
        .slice(0, RESCORED)
        .map(([, entry]): [number, string] => [levenshteinSimilarity(key, entry), entry]);
      rescored.sort((a, b) => b[0] - a[0]);
      const kept = rescored
        .filter(([score]) => score >= MIN_SCORE)
        .map(([score, entry]): [number, string] => [score, this.exact.get(entry) ?? entry]);
      if (kept.length > 0) {
        return kept;
      }
    }
    return [];
  }

  /** The best match, or null when nothing scores 0.33 (fuzzyset's `getOne`). */
  closest(value: string): string | null {
    return this.matches(value)[0]?.[1] ?? null;
  }
}
