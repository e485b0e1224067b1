// The public, stateless endpoints: /settings (what auth-js and dashboards read to decide which
// sign-in options to show), /health and the JWKS (empty: tokens are HS256 with the shared secret).
import { Hono } from "hono";
import { badRequest } from "../errors";
import type { AuthDeps } from "../request";

/** GoTrue's version we mirror (the self-hosted stack's, SUPABASE-CONTRACT.md SSD). */
const GOTRUE_VERSION = "v2.186.0";

/**
 * The GET /settings, /health and /.well-known/jwks.json routes, mounted by service.ts.
 * @example app.route("/", miscRoutes(deps));
 */
export function miscRoutes(deps: AuthDeps): Hono {
  const { config } = deps;
  const app = new Hono();

  app.get("/settings", (c) =>
    c.json({
      external: {
        anonymous_users: false,
        apple: false,
        azure: false,
        bitbucket: false,
        discord: false,
        email: true,
        facebook: false,
        figma: false,
        github: false,
        gitlab: false,
        google: false,
        keycloak: false,
        linkedin_oidc: false,
        notion: false,
        phone: false,
        slack_oidc: false,
        spotify: false,
        twitch: false,
        twitter: false,
        workos: false,
        zoom: false,
      },
      disable_signup: config.disableSignup,
      mailer_autoconfirm: config.autoconfirm,
      phone_autoconfirm: false,
      sms_provider: "",
      saml_enabled: false,
    }),
  );

  app.get("/health", (c) =>
    c.json({
      version: GOTRUE_VERSION,
      name: "GoTrue",
      description: "GoTrue is a user registration and authentication API",
    }),
  );

  app.get("/.well-known/jwks.json", (c) => c.json({ keys: [] }));

  // signInWithOAuth sends the browser here; no external provider is enabled (see /settings).
  app.get("/authorize", (c) => {
    const provider = c.req.query("provider") ?? "";
    throw badRequest(
      "validation_failed",
      `Unsupported provider: provider ${provider} is not enabled`,
    );
  });

  return app;
}
