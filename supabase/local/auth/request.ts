// What every Auth route needs from a request: the shared dependencies, the parsed JSON body, the
// client address, the caller behind the bearer token, and a redirect target checked like GoTrue's.
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type postgres from "postgres";
import type { z } from "zod";
import type { AuthConfig } from "./config";
import { badRequest, forbidden, unauthorized } from "./errors";
import type { Mailer } from "./mailer";
import type { RequestLimiters } from "./rate-limit";
import type { ClientInfo } from "./sessions";
import { type AccessClaims, verifyAccessToken } from "./tokens";
import { findUserById, type UserRow } from "./users";

/** Built once per service and handed to every route group. */
export interface AuthDeps {
  sql: postgres.Sql;
  config: AuthConfig;
  mailer: Mailer;
  limiters: RequestLimiters;
  log(message: string): void;
}

/**
 * Parses the JSON body with a schema: unreadable JSON is 400 `bad_json`, a wrong shape 400
 * `validation_failed`, as GoTrue answers.
 * @example const body = await readBody(c, z.object({ email: z.string() }));
 */
export async function readBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  const text = await c.req.text();
  let raw: unknown = {};
  if (text.trim() !== "") {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw badRequest("bad_json", `Could not parse request body as JSON: ${String(error)}`);
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw badRequest("validation_failed", `${where}${issue?.message ?? "invalid request"}`);
  }
  return parsed.data;
}

/** The client address: the configured header's first entry, else the socket peer. */
export function clientInfo(c: Context, config: Pick<AuthConfig, "rateLimits">): ClientInfo {
  let ip = "";
  const header = config.rateLimits.header;
  if (header) {
    ip = (c.req.header(header) ?? "").split(",")[0]?.trim() ?? "";
  }
  if (!ip) {
    try {
      ip = getConnInfo(c).remote.address ?? "";
    } catch {
      ip = "";
    }
  }
  return { ip, userAgent: c.req.header("User-Agent") };
}

function bearerToken(c: Context): string {
  const match = /^bearer\s+(\S+)\s*$/i.exec(c.req.header("Authorization") ?? "");
  if (!match?.[1]) {
    throw unauthorized("no_authorization", "This endpoint requires a valid Bearer token");
  }
  return match[1];
}

/** Verified claims of the bearer token (401 without one, 403 `bad_jwt` when it fails). */
function requireClaims(c: Context, deps: AuthDeps): Promise<AccessClaims> {
  return verifyAccessToken(deps.config, bearerToken(c));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signed-in caller: the token's user, which must exist, and its session, which must still exist
 * (GoTrue's requireAuthentication + maybeLoadUserOrSession; auth-js drops its session on
 * `session_not_found`).
 */
export async function requireUser(
  c: Context,
  deps: AuthDeps,
): Promise<{ claims: AccessClaims; user: UserRow; sessionId: string | undefined }> {
  const claims = await requireClaims(c, deps);
  if (!claims.sub || !UUID.test(claims.sub)) {
    throw forbidden("bad_jwt", "invalid claim: sub claim must be a UUID");
  }
  const user = await findUserById(deps.sql, claims.sub);
  if (!user) {
    throw forbidden("user_not_found", "User from sub claim in JWT does not exist");
  }
  const sessionId = claims.session_id;
  if (sessionId) {
    const [session] = await deps.sql`select 1 from auth.sessions where id = ${sessionId}`;
    if (!session) {
      throw forbidden("session_not_found", "Session from session_id claim in JWT does not exist");
    }
  }
  return { claims, user, sessionId };
}

/** Admin routes take a token whose role is service_role or supabase_admin (GoTrue's admin roles). */
export async function requireAdmin(c: Context, deps: AuthDeps): Promise<void> {
  const claims = await requireClaims(c, deps);
  if (claims.role !== "service_role" && claims.role !== "supabase_admin") {
    throw forbidden("not_admin", "User not allowed");
  }
}

/** gobwas/glob as GoTrue compiles allow-list entries: `*` stops at `.` and `/`, `**` does not. */
function globToRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? "";
    if (char === "*" && pattern[i + 1] === "*") {
      source += ".*";
      i++;
    } else if (char === "*") {
      source += "[^./]*";
    } else if (char === "?") {
      source += "[^./]";
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
  }
  return new RegExp(`^${source}$`);
}

/**
 * GoTrue's redirect rule: a URL on the Site URL's host or matching an allow-list entry is kept,
 * anything else falls back to the Site URL.
 * @example safeRedirect(config, "https://evil.example") // config.siteUrl
 */
export function safeRedirect(
  config: Pick<AuthConfig, "siteUrl" | "uriAllowList">,
  candidate: string | undefined | null,
): string {
  if (!candidate) {
    return config.siteUrl;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return config.siteUrl;
  }
  if (url.hostname === new URL(config.siteUrl).hostname) {
    return candidate;
  }
  const allowed = config.uriAllowList.some(
    (entry) =>
      globToRegExp(entry).test(candidate) ||
      (!entry.includes("*") && candidate.startsWith(entry.replace(/\/?$/, "/"))),
  );
  return allowed ? candidate : config.siteUrl;
}

/** The redirect a request asks for: `redirect_to` in the query (auth-js), else the Referer. */
export function requestedRedirect(c: Context, config: AuthConfig): string {
  return safeRedirect(config, c.req.query("redirect_to") ?? c.req.header("Referer"));
}
