// Request headers PostgREST reads: `Prefer` (RFC 7240), `Accept` and cookies
// (https://docs.postgrest.org/en/stable/references/api/preferences.html).
import { notAcceptable, strictPreference } from "./errors";

export type MediaType = "json" | "object" | "csv";

export interface Preferences {
  return: "minimal" | "headers-only" | "representation" | null;
  count: "exact" | "planned" | "estimated" | null;
  resolution: "merge-duplicates" | "ignore-duplicates" | null;
  missing: "default" | null;
  handling: "strict" | "lenient" | null;
  params: "single-object" | null;
}

/**
 * Reads `Prefer`; unknown preferences are ignored unless `handling=strict`.
 * @example parsePrefer({ prefer: "return=representation, count=exact" })
 */
export function parsePrefer(headers: Record<string, string>): Preferences {
  const prefer: Preferences = {
    return: null,
    count: null,
    resolution: null,
    missing: null,
    handling: null,
    params: null,
  };
  const raw = headers.prefer ?? "";
  let strict = false;
  const unknown: string[] = [];
  for (const token of raw
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [key, value = ""] = token.split("=").map((part) => part.trim());
    if (
      key === "return" &&
      (value === "minimal" || value === "headers-only" || value === "representation")
    ) {
      prefer.return = value;
    } else if (
      key === "count" &&
      (value === "exact" || value === "planned" || value === "estimated")
    ) {
      prefer.count = value;
    } else if (
      key === "resolution" &&
      (value === "merge-duplicates" || value === "ignore-duplicates")
    ) {
      prefer.resolution = value;
    } else if (key === "params" && value === "single-object") {
      prefer.params = "single-object";
    } else if (key === "missing" && value === "default") {
      prefer.missing = "default";
    } else if (key === "handling" && (value === "strict" || value === "lenient")) {
      strict = value === "strict";
      prefer.handling = value;
    } else {
      unknown.push(token);
    }
  }
  if (strict && unknown.length > 0) {
    throw strictPreference(`Invalid preferences: ${unknown.join(", ")}`);
  }
  return prefer;
}

/**
 * Picks the first servable media type of `Accept`, or 406 PGRST107.
 * @example parseAccept("application/vnd.pgrst.object+json") // { media: "object", stripNulls: false }
 */
export function parseAccept(accept: string | undefined): { media: MediaType; stripNulls: boolean } {
  if (!accept || accept.trim() === "") {
    return { media: "json", stripNulls: false };
  }
  for (const part of accept.split(",")) {
    const [type = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const stripNulls = params.includes("nulls=stripped");
    if (type === "application/json" || type === "*/*" || type === "application/*") {
      return { media: "json", stripNulls };
    }
    if (type === "application/vnd.pgrst.object+json" || type === "application/vnd.pgrst.object") {
      return { media: "object", stripNulls };
    }
    if (type === "application/vnd.pgrst.array+json") {
      return { media: "json", stripNulls };
    }
    if (type === "text/csv") {
      return { media: "csv", stripNulls: false };
    }
  }
  throw notAcceptable(accept);
}

/**
 * The `Cookie` header as an object, for `request.cookies`.
 * @example parseCookies("a=1; b=2") // { a: "1", b: "2" }
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) {
      cookies[part.slice(0, at).trim()] = part.slice(at + 1).trim();
    }
  }
  return cookies;
}
