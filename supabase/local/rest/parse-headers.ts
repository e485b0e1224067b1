// Request headers PostgREST reads: `Prefer` (RFC 7240), `Accept` and cookies
// (https://docs.postgrest.org/en/stable/references/api/preferences.html).
import { notAcceptable, strictPreference } from "./errors";

export type MediaType = "json" | "object" | "csv" | "geojson";

export interface Preferences {
  return: "minimal" | "headers-only" | "representation" | null;
  count: "exact" | "planned" | "estimated" | null;
  resolution: "merge-duplicates" | "ignore-duplicates" | null;
  missing: "default" | "null" | null;
  handling: "strict" | "lenient" | null;
  params: "single-object" | null;
  /** Only set when `db-tx-end` allows the client to override the transaction's end. */
  tx: "commit" | "rollback" | null;
  /** Only set for a name Postgres knows (`pg_timezone_names`). */
  timezone: string | null;
  maxAffected: number | null;
}

export interface PreferContext {
  /** `PGRST_DB_TX_END` ends in `-allow-override`. */
  allowTxOverride: boolean;
  /** Time zone names the database accepts. */
  timezones: ReadonlySet<string>;
}

/** Each preference's accepted values; the first token naming a preference wins, as in PostgREST. */
const CHOICES = {
  return: ["minimal", "headers-only", "representation"],
  count: ["exact", "planned", "estimated"],
  resolution: ["merge-duplicates", "ignore-duplicates"],
  missing: ["default", "null"],
  handling: ["strict", "lenient"],
  params: ["single-object"],
  tx: ["commit", "rollback"],
} as const;

type Choice = keyof typeof CHOICES;
const isChoice = (key: string): key is Choice => Object.hasOwn(CHOICES, key);

/** What a request without a Prefer header asks for: nothing. */
export const noPreferences: Readonly<Preferences> = {
  return: null,
  count: null,
  resolution: null,
  missing: null,
  handling: null,
  params: null,
  tx: null,
  timezone: null,
  maxAffected: null,
};

/**
 * Reads every `Prefer` token (RFC 7240, PostgREST's Preferences.hs). Unknown or unfulfillable
 * tokens (an unknown time zone) are ignored unless `handling=strict`, which refuses them (PGRST122).
 * @example parsePrefer({ prefer: "return=representation, count=exact" }, context)
 */
export function parsePrefer(
  headers: Record<string, string>,
  context: PreferContext = { allowTxOverride: false, timezones: new Set() },
): Preferences {
  const prefer: Preferences = { ...noPreferences };
  const seen = new Set<string>();
  const invalid: string[] = [];
  const tokens = (headers.prefer ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  for (const token of tokens) {
    const at = token.indexOf("=");
    const key = at < 0 ? token : token.slice(0, at).trim();
    const value = at < 0 ? "" : token.slice(at + 1).trim();
    if (key === "max-affected") {
      // Any max-affected token is acceptable; only a whole number takes effect.
      if (!seen.has(key) && /^\d+$/.test(value)) {
        prefer.maxAffected = Number(value);
        seen.add(key);
      }
      continue;
    }
    if (key === "timezone" && context.timezones.has(value)) {
      if (!seen.has(key)) {
        prefer.timezone = value;
        seen.add(key);
      }
      continue;
    }
    if (!isChoice(key) || !(CHOICES[key] as readonly string[]).includes(value)) {
      invalid.push(token);
      continue;
    }
    if (seen.has(key) || (key === "tx" && !context.allowTxOverride)) {
      continue;
    }
    seen.add(key);
    Object.assign(prefer, { [key]: value });
  }
  if (prefer.handling === "strict" && invalid.length > 0) {
    throw strictPreference(`Invalid preferences: ${invalid.join(", ")}`);
  }
  return prefer;
}

/** `Accept: application/vnd.pgrst.plan…`: answer with the main statement's EXPLAIN instead. */
export interface PlanRequest {
  format: "json" | "text";
  /** EXPLAIN options the client asked for (`options=analyze|verbose`). */
  options: ("analyze" | "verbose" | "settings" | "buffers" | "wal")[];
}

const PLAN_OPTIONS = ["analyze", "verbose", "settings", "buffers", "wal"] as const;

function parsePlan(
  type: string,
  params: string[],
): { media: MediaType; stripNulls: boolean; plan: PlanRequest } | null {
  const format =
    type === "application/vnd.pgrst.plan+json"
      ? "json"
      : type === "application/vnd.pgrst.plan+text" || type === "application/vnd.pgrst.plan"
        ? "text"
        : null;
  if (!format) {
    return null;
  }
  const param = (name: string) =>
    params
      .find((piece) => piece.startsWith(`${name}=`))
      ?.slice(name.length + 1)
      .replace(/^"(.*)"$/, "$1");
  const target = param("for") ?? "application/json";
  const options = (param("options") ?? "")
    .split("|")
    .filter((option): option is PlanRequest["options"][number] =>
      (PLAN_OPTIONS as readonly string[]).includes(option),
    );
  const inner = parseAccept(target, false);
  return { media: inner.media, stripNulls: inner.stripNulls, plan: { format, options } };
}

/**
 * Picks the first servable media type of `Accept`, or 406 PGRST107. Execution plans are served
 * only when PGRST_DB_PLAN_ENABLED is on, as PostgREST's db-plan-enabled.
 * @example parseAccept("application/vnd.pgrst.object+json", false) // { media: "object", stripNulls: false, plan: null }
 */
export function parseAccept(
  accept: string | undefined,
  planEnabled: boolean,
): { media: MediaType; stripNulls: boolean; plan: PlanRequest | null } {
  if (!accept || accept.trim() === "") {
    return { media: "json", stripNulls: false, plan: null };
  }
  for (const part of accept.split(",")) {
    const [type = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const stripNulls = params.includes("nulls=stripped");
    if (type === "application/json" || type === "*/*" || type === "application/*") {
      return { media: "json", stripNulls, plan: null };
    }
    if (type === "application/vnd.pgrst.object+json" || type === "application/vnd.pgrst.object") {
      return { media: "object", stripNulls, plan: null };
    }
    if (type === "application/vnd.pgrst.array+json") {
      return { media: "json", stripNulls, plan: null };
    }
    if (type === "text/csv") {
      return { media: "csv", stripNulls: false, plan: null };
    }
    if (type === "application/geo+json") {
      return { media: "geojson", stripNulls: false, plan: null };
    }
    const plan = planEnabled ? parsePlan(type, params) : null;
    if (plan) {
      return plan;
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
