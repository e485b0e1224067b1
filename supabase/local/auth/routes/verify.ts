// /verify: POST (token_hash + type, or email + 6-digit code) answers a session; the GET email link
// redirects with the session in the fragment, or ?code= under PKCE (GT `verify.go`). HEAD consumes
// nothing, so link scanners that probe with it do not burn the token.

import { type Context, Hono } from "hono";
import { z } from "zod";
import { type VerifyType, verifyTypes } from "../../../../db/email/auth-actions";
import { transaction } from "../../transaction";
import { type AuditAction, audit } from "../audit";
import { PKCE_PREFIX } from "../crypto";
import { AuthError, badRequest } from "../errors";
import { authenticationMethodFor, issueAuthCode } from "../pkce";
import { enforceRequestLimit } from "../rate-limit";
import { type AuthDeps, clientInfo, readBody, safeRedirect } from "../request";
import { issueSession, type SessionJson } from "../sessions";
import { verifyToken } from "../verification";

/** Answer to the first half of a secure email change (GT `singleConfirmationAccepted`). */
const HALF_CONFIRMED =
  "Confirmation link accepted. Please proceed to confirm link sent to the other email";

const verifyBody = z.object({
  type: z.string().optional(),
  token: z.string().optional(),
  token_hash: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
});

function verifyType(type: string | undefined): VerifyType {
  if (!type) {
    throw badRequest("validation_failed", "Verify requires a verification type");
  }
  if (!(verifyTypes as readonly string[]).includes(type)) {
    throw badRequest("validation_failed", "Unsupported verification type");
  }
  return type as VerifyType;
}

/** What GoTrue records when a token is verified: a sign-up, an email change, else a login. */
function auditActionFor(type: VerifyType): AuditAction {
  if (type === "signup" || type === "invite") {
    return "user_signedup";
  }
  return type === "email_change" ? "user_modified" : "login";
}

/** OAuth-style `error` names GoTrue puts next to error_code in redirect fragments. */
const oauthErrors: Record<number, string> = {
  400: "invalid_request",
  401: "unauthorized_client",
  403: "access_denied",
  500: "server_error",
  503: "temporarily_unavailable",
};

/** `#a=1&b=2` with keys sorted, as Go's url.Values.Encode writes them. */
function encodeSorted(values: Record<string, string>): string {
  return new URLSearchParams(
    Object.entries(values).sort(([a], [b]) => a.localeCompare(b)),
  ).toString();
}

function withFragment(base: string, fragment: string): string {
  return `${base.split("#")[0]}#${fragment}`;
}

function withQuery(base: string, values: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(values)) {
    url.searchParams.set(key, value);
  }
  return url.toString();
}

/**
 * The POST and GET /verify routes, mounted by service.ts.
 * @example app.route("/", verifyRoutes(deps));
 */
export function verifyRoutes(deps: AuthDeps): Hono {
  const { config, sql, limiters } = deps;
  const app = new Hono();

  app.post("/verify", async (c) => {
    const client = clientInfo(c, config);
    enforceRequestLimit(limiters.verify, client.ip);
    const body = await readBody(c, verifyBody);
    const type = verifyType(body.type);
    if (body.phone) {
      throw badRequest("validation_failed", "Phone verification is not enabled");
    }
    if (!body.token_hash && !(body.email && body.token)) {
      throw badRequest("validation_failed", "Verify requires either a token or a token hash");
    }
    const result = await transaction(
      sql,
      async (tx): Promise<SessionJson | { msg: string; code: number }> => {
        const outcome = await verifyToken(tx, config, {
          type,
          tokenHash: body.token_hash,
          email: body.email,
          otp: body.token?.replaceAll("-", ""),
        });
        if (outcome.kind === "half_confirmed") {
          return { msg: HALF_CONFIRMED, code: 200 };
        }
        await audit(tx, outcome.user, auditActionFor(type), client.ip);
        return issueSession(tx, config, outcome.user, "otp", client);
      },
    );
    return c.json(result);
  });

  app.get("/verify", async (c: Context) => {
    // Scanners probing with HEAD get an answer and the token stays unused.
    if (c.req.method === "HEAD") {
      return c.body(null, 200);
    }
    const client = clientInfo(c, config);
    enforceRequestLimit(limiters.verify, client.ip);
    const token = (c.req.query("token") ?? "").replaceAll("-", "");
    const redirectTo = safeRedirect(config, c.req.query("redirect_to"));
    const pkce = token.startsWith(PKCE_PREFIX);
    try {
      const type = verifyType(c.req.query("type"));
      if (!token) {
        throw badRequest("validation_failed", "Verify requires a token");
      }
      const target = await transaction(sql, async (tx) => {
        const outcome = await verifyToken(tx, config, { type, tokenHash: token });
        if (outcome.kind === "half_confirmed") {
          const fragment = `message=${encodeURIComponent(HALF_CONFIRMED).replace(/%20/g, "+")}`;
          const base = pkce ? withQuery(redirectTo, { message: HALF_CONFIRMED }) : redirectTo;
          return withFragment(base, fragment);
        }
        await audit(tx, outcome.user, auditActionFor(type), client.ip);
        if (pkce) {
          const code = await issueAuthCode(tx, outcome.user.id, authenticationMethodFor(type));
          return withQuery(redirectTo, { code });
        }
        const session = await issueSession(tx, config, outcome.user, "otp", client);
        return withFragment(
          redirectTo,
          encodeSorted({
            access_token: session.access_token,
            expires_at: String(session.expires_at),
            expires_in: String(session.expires_in),
            refresh_token: session.refresh_token,
            token_type: session.token_type,
            type,
          }),
        );
      });
      return c.redirect(target, 303);
    } catch (error) {
      if (!(error instanceof AuthError)) {
        throw error;
      }
      // The link failed: back to the app with the reason, as GoTrue's prepErrorRedirectURL does.
      const message =
        error.code === "otp_expired" ? "Email link is invalid or has expired" : error.message;
      const values = {
        error: oauthErrors[error.status] ?? "server_error",
        error_code: error.code,
        error_description: message,
      };
      const url = new URL(redirectTo);
      url.search = pkce ? new URLSearchParams(values).toString() : "";
      return c.redirect(withFragment(url.toString(), new URLSearchParams(values).toString()), 303);
    }
  });

  return app;
}
