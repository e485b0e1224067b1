// Stage 3c: SQL for conditions: PostgREST's filter operators (comparison, like, is, in, full-text,
// any/all, ranges), JSON paths and logic trees, every value a bind parameter.
import { computedCall } from "./computed-call";
import type { PlannedCondition, PlannedLogic, ResolvedField } from "./plan";
import { arrayLiteral, type Ctx, ident } from "./sql-fragment";

const COMPARISON: Record<string, string> = {
  eq: "=",
  neq: "<>",
  gt: ">",
  gte: ">=",
  lt: "<",
  lte: "<=",
  like: "like",
  ilike: "ilike",
  match: "~",
  imatch: "~*",
  isdistinct: "is distinct from",
  cs: "@>",
  cd: "<@",
  ov: "&&",
  sl: "<<",
  sr: ">>",
  nxr: "&<",
  nxl: "&>",
  adj: "-|-",
};

const FTS: Record<string, string> = {
  fts: "to_tsquery",
  plfts: "plainto_tsquery",
  phfts: "phraseto_tsquery",
  wfts: "websearch_to_tsquery",
};

const IS: Record<string, string> = {
  null: "null",
  not_null: "not null",
  true: "true",
  false: "false",
  unknown: "unknown",
};

/**
 * A column reference with its JSON path; JSON keys are parameters too.
 * @example fieldSql("pgrst_0", { column: "data", json: [{ arrow: "->>", key: "a" }] }, ctx) // ("pgrst_0"."data"->>$1::text)
 */
export function fieldSql(alias: string, field: ResolvedField, ctx: Ctx): string {
  let sql = field.computed
    ? computedCall(field.computed, alias, field.computed.rowOf)
    : `${ident(alias)}.${ident(field.column)}`;
  for (const step of field.json) {
    const isIndex = /^-?\d{1,9}$/.test(step.key);
    sql += `${step.arrow}${ctx.params.add(isIndex ? Number(step.key) : step.key)}::${isIndex ? "int" : "text"}`;
  }
  return field.json.length > 0 ? `(${sql})` : sql;
}

const likePattern = (value: string) => value.replaceAll("*", "%");

function conditionSql(alias: string, condition: PlannedCondition, ctx: Ctx): string {
  const column = fieldSql(alias, condition.field, ctx);
  const { operator, quantifier, list, value } = condition;
  const isLike = operator === "like" || operator === "ilike";
  let sql: string;
  if (operator === "in") {
    sql = `${column} = any(${ctx.params.add(arrayLiteral(list ?? []))})`;
  } else if (operator === "is") {
    sql = `${column} is ${IS[value.toLowerCase()] ?? "null"}`;
  } else if (operator in FTS) {
    const language = condition.language ? `${ctx.params.add(condition.language)}::regconfig, ` : "";
    sql = `${column} @@ ${FTS[operator]}(${language}${ctx.params.add(value)})`;
  } else if (quantifier) {
    const items = (list ?? []).map((item) => (isLike ? likePattern(item) : item));
    sql = `${column} ${COMPARISON[operator]} ${quantifier}(${ctx.params.add(arrayLiteral(items))})`;
  } else {
    sql = `${column} ${COMPARISON[operator]} ${ctx.params.add(isLike ? likePattern(value) : value)}`;
  }
  return condition.negated ? `not (${sql})` : sql;
}

/**
 * A filter or logic tree as SQL; values are parameters, `*` in like patterns becomes `%`.
 * @example logicSql("pgrst_0", { type: "filter", condition }, ctx) // "pgrst_0"."id" = $1
 */
export function logicSql(alias: string, logic: PlannedLogic, ctx: Ctx): string {
  if (logic.type === "filter") {
    return conditionSql(alias, logic.condition, ctx);
  }
  const parts = logic.children.map((child) => logicSql(alias, child, ctx));
  const joined = parts.length === 0 ? "true" : `(${parts.join(` ${logic.op} `)})`;
  return logic.negated ? `not ${joined}` : joined;
}
