// The `Range` request header (`items=0-24`), intersected with `limit`/`offset`, as PostgREST's
// restrictRange does (https://docs.postgrest.org/en/v13/references/api/pagination_count.html).
import { invalidRange } from "./errors";

export interface ReadWindow {
  offset: number;
  limit: number | null;
}

/**
 * The window both the header and the query parameters allow; a malformed header is ignored.
 * @example intersectRange("0-9", { offset: 5, limit: null }) // { offset: 5, limit: 5 }
 */
export function intersectRange(header: string, window: ReadWindow): ReadWindow {
  const match = /^(?:items=)?(\d+)-(\d*)$/.exec(header.trim());
  if (!match) {
    return window;
  }
  const lower = Number(match[1]);
  const upper = match[2] === "" ? null : Number(match[2]);
  if (upper !== null && upper < lower) {
    throw invalidRange(
      "The lower boundary must be lower than or equal to the upper boundary in the Range header.",
    );
  }
  const offset = Math.max(lower, window.offset);
  const headerEnd = upper === null ? Number.POSITIVE_INFINITY : upper;
  const queryEnd =
    window.limit === null ? Number.POSITIVE_INFINITY : window.offset + window.limit - 1;
  const end = Math.min(headerEnd, queryEnd);
  return {
    offset,
    limit: end === Number.POSITIVE_INFINITY ? null : Math.max(0, end - offset + 1),
  };
}
