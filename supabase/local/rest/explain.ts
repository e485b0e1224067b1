// Execution plans: `Accept: application/vnd.pgrst.plan+json|text` answers with EXPLAIN of the
// request's main statement, as PostgREST does behind db-plan-enabled
// (https://docs.postgrest.org/en/v13/references/observability.html#execution-plan).
import type { PlainReply } from "../context";
import type { Statement } from "./build-sql";
import type { MediaType, PlanRequest } from "./parse-headers";

const MIME: Record<MediaType, string> = {
  json: "application/json",
  object: "application/vnd.pgrst.object+json",
  csv: "text/csv",
  geojson: "application/geo+json",
};

/**
 * Wraps the main statement in EXPLAIN with the options asked for; the bind parameters stay.
 * @example explainStatement(statement, { format: "json", options: ["analyze"] })
 */
export function explainStatement(statement: Statement, plan: PlanRequest): Statement {
  const options = [`format ${plan.format}`, ...plan.options.map((option) => `${option} true`)];
  return { ...statement, text: `explain (${options.join(", ")}) ${statement.text}`, bare: true };
}

/**
 * The 200 reply carrying the plan, typed as PostgREST types it.
 * @example planResponse(rows, request.plan, request.media, "public")
 */
export function planResponse(
  rows: Record<string, unknown>[],
  plan: PlanRequest,
  media: MediaType,
  schema: string,
): PlainReply {
  const lines = rows.map((row) => row["QUERY PLAN"]);
  const body =
    plan.format === "json"
      ? JSON.stringify(lines[0] ?? [])
      : lines.map((line) => String(line)).join("\n");
  const options = plan.options.length > 0 ? `; options=${plan.options.join("|")}` : "";
  return {
    status: 200,
    headers: {
      "content-type": `application/vnd.pgrst.plan+${plan.format}; for="${MIME[media]}"${options}; charset=utf-8`,
      "content-profile": schema,
    },
    body,
  };
}
