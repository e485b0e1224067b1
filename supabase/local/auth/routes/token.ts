// POST /token: the password, refresh_token and pkce grants, each answering GoTrue's session JSON
// (GT `token.go`); wrong credentials never say whether the address exists.

import { Hono } from "hono";
import { z } from "zod";
import { transaction } from "../../transaction";
import { audit } from "../audit";
import { badRequest } from "../errors";
import { verifyPassword } from "../passwords";
import { redeemAuthCode } from "../pkce";
import { enforceRequestLimit } from "../rate-limit";
import { type AuthDeps, clientInfo, readBody } from "../request";
import { issueSession, refreshSession } from "../sessions";
import { findUserByEmail, findUserById } from "../users";

const passwordBody = z.object({
  email: z.string().optional(),
  phone: z.string().optional(),
  password: z.string().optional(),
});
const refreshBody = z.object({ refresh_token: z.string().optional() });
const pkceBody = z.object({
  auth_code: z.string().optional(),
  code_verifier: z.string().optional(),
});

/** A real bcrypt hash (cost 10) compared against when the address is unknown, so both take as long. */
const DUMMY_HASH = "$2a$10$QGWFfAZIsDgo9x1KkhI.nOWGpn3sgLhSPXJmjqZqN2Lb/Nys9M0.a";

const invalidCredentials = () => badRequest("invalid_credentials", "Invalid login credentials");

/**
 * The POST /token routes, mounted by service.ts.
 * @example app.route("/", tokenRoutes(deps));
 */
export function tokenRoutes(deps: AuthDeps): Hono {
  const { config, sql, limiters } = deps;
  const app = new Hono();

  app.post("/token", async (c) => {
    const client = clientInfo(c, config);
    const grantType = c.req.query("grant_type");

    if (grantType === "refresh_token") {
      enforceRequestLimit(limiters.tokenRefresh, client.ip);
      const body = await readBody(c, refreshBody);
      if (!body.refresh_token) {
        throw badRequest("validation_failed", "refresh_token required");
      }
      return c.json(await refreshSession(sql, config, body.refresh_token, client));
    }

    if (grantType === "password") {
      enforceRequestLimit(limiters.otp, client.ip);
      const body = await readBody(c, passwordBody);
      if (!body.email || body.password === undefined) {
        throw badRequest("validation_failed", "A valid email and password must be provided");
      }
      const user = await findUserByEmail(sql, body.email.trim(), config.jwtAud);
      const stored = user?.encrypted_password?.startsWith("$2") ? user.encrypted_password : null;
      const valid = await verifyPassword(body.password, stored ?? DUMMY_HASH);
      if (!user || !stored || !valid) {
        throw invalidCredentials();
      }
      if (user.banned_until && user.banned_until.getTime() > Date.now()) {
        throw badRequest("user_banned", "User is banned");
      }
      if (!user.email_confirmed_at) {
        throw badRequest("email_not_confirmed", "Email not confirmed");
      }
      const session = await transaction(sql, async (tx) => {
        await audit(tx, user, "login", client.ip, { provider: "email" });
        return issueSession(tx, config, user, "password", client);
      });
      return c.json(session);
    }

    if (grantType === "pkce") {
      enforceRequestLimit(limiters.otp, client.ip);
      const body = await readBody(c, pkceBody);
      if (!body.auth_code || !body.code_verifier) {
        throw badRequest(
          "validation_failed",
          "invalid request: both auth code and code verifier should be non-empty",
        );
      }
      const { auth_code: authCode, code_verifier: verifier } = body;
      const session = await transaction(sql, async (tx) => {
        const { userId, method } = await redeemAuthCode(tx, config, authCode, verifier);
        const user = await findUserById(tx, userId);
        if (!user) {
          throw badRequest("user_not_found", "User not found");
        }
        await audit(tx, user, "login", client.ip, { provider: "email" });
        return issueSession(tx, config, user, method, client);
      });
      return c.json(session);
    }

    throw badRequest("validation_failed", "unsupported_grant_type");
  });

  return app;
}
