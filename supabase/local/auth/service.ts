// Auth at /auth/v1: a GoTrue-compatible service over the auth schema, wired from its parts
// (config, pool, limiters, mailer) and mounted by the stack; errors leave in GoTrue's envelope.
import { Hono } from "hono";
import { openPool } from "../connection-faults";
import type { StackContext, StackService } from "../context";
import { loadAuthConfig } from "./config";
import { API_VERSION_HEADER, apiVersionOf, renderError } from "./errors";
import { Mailer } from "./mailer";
import { createRequestLimiters } from "./rate-limit";
import type { AuthDeps } from "./request";
import { adminFactorRoutes } from "./routes/admin-factors";
import { adminLinkRoutes } from "./routes/admin-links";
import { adminUserRoutes } from "./routes/admin-users";
import { factorRoutes } from "./routes/factors";
import { miscRoutes } from "./routes/misc";
import { otpRoutes } from "./routes/otp";
import { reauthenticateRoutes } from "./routes/reauthenticate";
import { signupRoutes } from "./routes/signup";
import { tokenRoutes } from "./routes/token";
import { userRoutes } from "./routes/user";
import { verifyRoutes } from "./routes/verify";

/**
 * Starts Auth for the stack: one pool as supabase_auth_admin (the role GoTrue writes as, so auth
 * triggers run under it exactly as on hosted).
 * @example services.push(await createAuthService(context));
 */
export async function createAuthService(context: StackContext): Promise<StackService> {
  const config = loadAuthConfig(context);
  const sql = openPool(context.databaseUrl("supabase_auth_admin"), {
    max: 10,
    onnotice: () => {},
    connection: { application_name: "atrium-auth" },
  });
  const deps: AuthDeps = {
    sql,
    config,
    mailer: new Mailer(config, context.log),
    limiters: createRequestLimiters(config.rateLimits),
    log: context.log,
  };

  const app = new Hono();
  app.use("*", async (c, next) => {
    await next();
    const version = apiVersionOf(c);
    if (version) {
      c.res.headers.set(API_VERSION_HEADER, version);
    }
  });
  app.onError((error, c) => renderError(c, error, context.log));
  for (const routes of [
    miscRoutes(deps),
    signupRoutes(deps),
    tokenRoutes(deps),
    verifyRoutes(deps),
    otpRoutes(deps),
    userRoutes(deps),
    reauthenticateRoutes(deps),
    factorRoutes(deps),
    adminFactorRoutes(deps),
    adminUserRoutes(deps),
    adminLinkRoutes(deps),
  ]) {
    app.route("/", routes);
  }

  return {
    prefix: "/auth/v1",
    app,
    close: () => sql.end({ timeout: 5 }),
  };
}
