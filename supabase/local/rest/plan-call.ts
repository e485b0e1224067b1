// Stage 2c: `/rpc/fn` matched to one overload by the argument names given (query string for
// GET, body keys for POST) and planned as a read of its result (PostgREST's CallPlan.hs).
import { qualified, type RoutineInfo, type SchemaCache } from "./catalogue";
import { badBody } from "./errors";
import { OPERATORS } from "./filter-operators";
import type { ApiRequest } from "./parse-request";
import { applyFilters, applyTopRange } from "./plan-filters";
import { planNode } from "./plan-read";
import type { CallArgs, ReadNode } from "./read-tree";
import { ambiguousFunction, noFunction } from "./schema-errors";
import { functionHint } from "./schema-hints";

export interface CallPlan {
  type: "rpc";
  routine: RoutineInfo;
  args: CallArgs;
  /** The result as a read tree when the function returns rows or a composite; null for scalars. */
  node: ReadNode | null;
}

const mediaType = (request: ApiRequest) =>
  (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();

/** The raw-body media types and the type of the lone unnamed parameter each one feeds. */
const RAW_BODY_TYPES: Record<string, string> = {
  "text/plain": "text",
  "application/octet-stream": "bytea",
};

interface Chosen {
  routine: RoutineInfo;
  args: CallArgs;
  /** Query parameters left once the arguments are taken out: filters on the result. */
  filters: [string, string][];
}

/**
 * A lone unnamed json/jsonb parameter (or `Prefer: params=single-object`) takes the whole body;
 * a `text/plain` or `application/octet-stream` body goes to a lone unnamed text or bytea
 * parameter, as PostgREST passes raw bodies.
 */
function wholeBodyRoutine(overloads: RoutineInfo[], request: ApiRequest): RoutineInfo | null {
  const raw = RAW_BODY_TYPES[mediaType(request) ?? ""];
  const single = overloads.filter(
    (routine) =>
      routine.args.length === 1 &&
      (raw
        ? routine.args[0]?.type === raw && routine.args[0]?.name === ""
        : ["json", "jsonb"].includes(routine.args[0]?.type ?? "") &&
          (routine.args[0]?.name === "" || request.prefer.params === "single-object")),
  );
  return single.length === 1 ? (single[0] ?? null) : null;
}

/** Whether a query value reads as `[not.]operator[(modifier)].value`. */
const isFilterValue = (value: string) =>
  OPERATORS.has(/^(?:not\.)?([a-z]+)(?:\([^)]*\))?\./.exec(value)?.[1] ?? "");

const missingFunction = (cache: SchemaCache, request: ApiRequest, args: string[]) =>
  noFunction(request.schema, request.target, args, {
    post: !request.readOnly,
    // PostgREST reads a request without Content-Type as JSON.
    mediaType: mediaType(request) || "application/json",
    hint: functionHint(cache, request.schema, request.target, args),
  });

function chooseRoutine(cache: SchemaCache, request: ApiRequest): Chosen {
  const overloads = cache.routines.get(qualified(request.schema, request.target)) ?? [];
  let given: Record<string, unknown> = {};
  let filters = request.filterParams;
  if (request.readOnly) {
    const names = new Set(overloads.flatMap((routine) => routine.args.map((arg) => arg.name)));
    filters = [];
    const variadic = new Set(
      overloads.flatMap((routine) =>
        routine.args.filter((arg) => arg.variadic).map((arg) => arg.name),
      ),
    );
    for (const [key, value] of request.filterParams) {
      if (variadic.has(key)) {
        // `?v=a&v=b` fills a variadic parameter, as PostgREST collects repeated arguments.
        const list = given[key];
        given[key] = Array.isArray(list) ? [...list, value] : [value];
      } else if (names.has(key)) {
        given[key] = value;
      } else {
        filters.push([key, value]);
      }
    }
  } else {
    const whole = wholeBodyRoutine(overloads, request);
    if (whole) {
      return { routine: whole, args: { names: [], json: request.bodyText, whole: true }, filters };
    }
    if (RAW_BODY_TYPES[mediaType(request) ?? ""]) {
      // A raw body only ever fills a lone unnamed parameter; PostgREST's PGRST202 says so.
      throw missingFunction(cache, request, []);
    }
    const body = request.body;
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw badBody("RPC arguments must be a JSON object");
    }
    given = body as Record<string, unknown>;
  }
  const keys = Object.keys(given);
  const matches = overloads.filter(
    (routine) =>
      keys.every((key) => routine.args.some((arg) => arg.name === key)) &&
      routine.args.every((arg) => arg.hasDefault || keys.includes(arg.name)),
  );
  const [only, ...others] = matches;
  if (!only) {
    // PostgREST counts a GET parameter without an operator (`a=1`, not `a=eq.1`) as an argument.
    const named = filters.filter(([key, value]) => !key.includes(".") && !isFilterValue(value));
    const args = new Set([...keys, ...named.map(([key]) => key)]);
    throw missingFunction(cache, request, [...args].sort());
  }
  if (others.length > 0) {
    throw ambiguousFunction(matches);
  }
  const json = request.readOnly ? JSON.stringify(given) : request.bodyText;
  return { routine: only, args: { names: keys, json, whole: false }, filters };
}

/**
 * Plans an RPC: the overload, its arguments, and filters/order/range on a set-returning result.
 * @example planCall(cache, request, 1000) // { type: "rpc", routine, args, node }
 */
export function planCall(cache: SchemaCache, request: ApiRequest, maxRows: number): CallPlan {
  const { routine, args, filters } = chooseRoutine(cache, request);
  if (!routine.returnColumns) {
    return { type: "rpc", routine, args, node: null };
  }
  const table = routine.returnTable ? (cache.tables.get(routine.returnTable) ?? null) : null;
  const node = planNode(
    cache,
    request,
    { type: "function", routine, args },
    { label: routine.name, columns: new Map(routine.returnColumns.map((c) => [c.name, c])), table },
    request.select,
    "",
  );
  applyFilters(node, filters);
  if (routine.returnsSet) {
    applyTopRange(node, request, maxRows);
  }
  return { type: "rpc", routine, args, node };
}
