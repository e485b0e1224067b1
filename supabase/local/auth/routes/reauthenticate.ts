// GET /reauthenticate (auth-js `reauthenticate()`): mails the signed-in user a code to send as
// the `nonce` of a password change (GT `reauthenticate.go`).

import { Hono } from "hono";
import { transaction } from "../../transaction";
import { audit } from "../audit";
import { badRequest, unprocessable } from "../errors";
import { issueReauthentication } from "../reauthentication";
import { type AuthDeps, clientInfo, requestedRedirect, requireUser } from "../request";

/**
 * The GET /reauthenticate route, mounted by service.ts.
 * @example app.route("/", reauthenticateRoutes(deps));
 */
export function reauthenticateRoutes(deps: AuthDeps): Hono {
  const { config, sql, mailer } = deps;
  const app = new Hono();

  app.get("/reauthenticate", async (c) => {
    const { user } = await requireUser(c, deps);
    // Phone users would get an SMS on hosted; this stack sends none, so only email counts.
    if (!user.email) {
      throw badRequest(
        "validation_failed",
        "Reauthentication requires the user to have an email or a phone number",
      );
    }
    if (!user.email_confirmed_at) {
      throw unprocessable("email_not_confirmed", "Please verify your email first.");
    }
    const release = mailer.reserve("reauthentication", user.email);
    try {
      await transaction(sql, async (tx) => {
        await audit(tx, user, "user_reauthenticate_requested", clientInfo(c, config).ip);
        await issueReauthentication(deps, tx, user, requestedRedirect(c, config));
      });
    } catch (error) {
      release();
      throw error;
    }
    return c.json({});
  });

  return app;
}
