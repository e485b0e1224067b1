// Stage 5: the statement's single result row becomes the HTTP reply: status, Content-Range,
// Preference-Applied and the body Postgres already rendered (PostgREST's Response.hs).
import type { PlainReply } from "../context";
import { rangeNotSatisfiable, singularity } from "./errors";
import type { Outcome } from "./outcome";
import type { ApiRequest } from "./parse-request";
import type { Plan } from "./plan";

const CONTENT_TYPES = {
  json: "application/json; charset=utf-8",
  object: "application/vnd.pgrst.object+json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  geojson: "application/geo+json; charset=utf-8",
} as const;

/**
 * `Content-Range` and status for a read window, as PostgREST's rangeStatusHeader.
 * @example rangeStatus(10, 10, 71) // { status: 206, contentRange: "10-19/71" }
 */
export function rangeStatus(offset: number, rows: number, total: number | null) {
  const upper = offset + rows - 1;
  const totalText = total === null ? "*" : String(total);
  const range = total !== 0 && offset <= upper ? `${offset}-${upper}` : "*";
  let status = 200;
  if (total !== null) {
    if (offset > total) {
      throw rangeNotSatisfiable(offset, total);
    }
    if (rows < total) {
      status = 206;
    }
  }
  return { status, contentRange: `${range}/${totalText}` };
}

/** `/items?id=eq.4` for the first inserted row, as PostgREST's headers-only reply names it. */
function locationOf(table: string, body: string | null): string | null {
  const rows = JSON.parse(body ?? "[]") as Record<string, unknown>[];
  const first = rows[0];
  if (!first) {
    return null;
  }
  const query = Object.entries(first)
    .map(([key, value]) => `${encodeURIComponent(key)}=eq.${encodeURIComponent(String(value))}`)
    .join("&");
  return `/${encodeURIComponent(table)}?${query}`;
}

/**
 * `Preference-Applied`: the preferences this action honoured, in PostgREST's order
 * (Preferences.hs prefAppliedHeader; which ones each action reports follows Response.hs).
 */
function applied(request: ApiRequest, plan: Plan): string | null {
  const { prefer, action } = request;
  const upsertable =
    plan.type === "insert" && (plan.table.primaryKey.length > 0 || request.onConflict);
  const mutates =
    action === "insert" || action === "update" || action === "delete" || action === "put";
  const strictLimit = prefer.handling === "strict" && prefer.maxAffected !== null;
  const list = [
    action === "insert" && upsertable && prefer.resolution && `resolution=${prefer.resolution}`,
    (action === "insert" || action === "update") && prefer.missing && `missing=${prefer.missing}`,
    mutates && prefer.return && `return=${prefer.return}`,
    action === "rpc" && prefer.params && `params=${prefer.params}`,
    prefer.count && `count=${prefer.count}`,
    prefer.tx && `tx=${prefer.tx}`,
    prefer.handling && `handling=${prefer.handling}`,
    prefer.timezone && `timezone=${prefer.timezone}`,
    strictLimit &&
      (action === "update" || action === "delete" || action === "rpc") &&
      `max-affected=${prefer.maxAffected}`,
  ].filter((value): value is string => typeof value === "string");
  return list.length > 0 ? list.join(", ") : null;
}

/**
 * Builds the reply as plain data, the body Postgres's JSON text as it came (no web Response to
 * build and take apart again on the direct route); throws PGRST116 / PGRST103 as RestErrors.
 * @example respond(request, plan, outcome) // { status: 200, headers: {…}, body: "[…]" }
 */
export function respond(request: ApiRequest, plan: Plan, outcome: Outcome): PlainReply {
  const headers: Record<string, string> = { "content-profile": request.schema };
  const preferenceApplied = applied(request, plan);
  if (preferenceApplied) {
    headers["preference-applied"] = preferenceApplied;
  }
  const representation =
    plan.type === "read" || plan.type === "rpc" || request.prefer.return === "representation";
  if (representation && request.media === "object" && outcome.pageTotal !== 1) {
    throw singularity(outcome.pageTotal);
  }
  // Writes count the rows they touched when asked (Prefer: count=exact), as PostgREST does.
  const written = request.prefer.count === "exact" ? String(outcome.pageTotal) : "*";
  let status: number;
  if (
    plan.type === "read" ||
    (plan.type === "rpc" && plan.node?.source.type === "function" && plan.routine.returnsSet)
  ) {
    const result = rangeStatus(request.range.offset, outcome.pageTotal, outcome.total);
    status = result.status;
    headers["content-range"] = result.contentRange;
  } else if (plan.type === "rpc") {
    status = plan.routine.returnsVoid ? 204 : 200;
  } else if (plan.type === "insert") {
    if (request.action === "put") {
      status = representation ? 200 : 204;
    } else {
      // Response.hs isInsertIfGTZero: a merge-duplicates upsert that inserted nothing is a 200.
      const merged =
        request.prefer.resolution === "merge-duplicates" &&
        plan.upsert !== null &&
        outcome.inserted !== null &&
        outcome.inserted <= 0;
      status = merged ? 200 : 201;
    }
    headers["content-range"] = `*/${written}`;
    if (plan.location) {
      const location = locationOf(plan.table.name, outcome.body);
      if (location) {
        headers.location = location;
      }
      return { status, headers, body: null };
    }
  } else {
    status = representation ? 200 : 204;
    const range = outcome.pageTotal > 0 ? `0-${outcome.pageTotal - 1}` : "*";
    headers["content-range"] = `${range}/${written}`;
  }
  if (status === 204 || !representation) {
    return { status, headers, body: null };
  }
  headers["content-type"] = CONTENT_TYPES[request.media];
  return { status, headers, body: request.headOnly ? null : (outcome.body ?? "null") };
}
