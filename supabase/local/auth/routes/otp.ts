// The email-sending endpoints: /otp and /magiclink (magic link, signing up new addresses when
// allowed), /recover and /resend; each answers 200 {} whether or not the address has an account.

import { type Context, Hono } from "hono";
import { z } from "zod";
import { transaction } from "../../transaction";
import { audit } from "../audit";
import { badRequest, unprocessable } from "../errors";
import type { FrequencyKind } from "../mailer";
import { issueUserToken, requestEmailChange, sendTokenEmail } from "../one-time-tokens";
import { createFlowState, isPkce } from "../pkce";
import { enforceRequestLimit } from "../rate-limit";
import { type AuthDeps, clientInfo, readBody, requestedRedirect } from "../request";
import { confirmEmail, type Db, findUserByEmail, type UserRow } from "../users";
import { createUserOrFail, validateEmail } from "./signup";

const pkceFields = {
  code_challenge: z.string().nullish(),
  code_challenge_method: z.string().nullish(),
};
const otpBody = z.object({
  email: z.string().optional(),
  phone: z.string().optional(),
  data: z.record(z.string(), z.unknown()).nullish(),
  create_user: z.boolean().optional().default(true),
  ...pkceFields,
});
const recoverBody = z.object({ email: z.string().optional(), ...pkceFields });
const resendBody = z.object({
  email: z.string().optional(),
  phone: z.string().optional(),
  type: z.string().optional(),
  ...pkceFields,
});

/**
 * The POST /otp, /magiclink, /recover and /resend routes, mounted by service.ts.
 * @example app.route("/", otpRoutes(deps));
 */
export function otpRoutes(deps: AuthDeps): Hono {
  const { config, sql, mailer } = deps;
  const app = new Hono();

  /** Sends `action`'s email inside one transaction, giving the address's slot back on failure. */
  async function mail(
    kind: FrequencyKind,
    address: string,
    work: (tx: Db) => Promise<void>,
  ): Promise<void> {
    const release = mailer.reserve(kind, address);
    try {
      await transaction(sql, work);
    } catch (error) {
      release();
      throw error;
    }
  }

  async function sendLink(
    tx: Db,
    user: UserRow,
    action: "signup" | "magiclink" | "recovery",
    pkceParams: z.infer<typeof recoverBody> | null,
    redirectTo: string,
    ip: string,
  ): Promise<void> {
    const event = action === "signup" ? "user_confirmation_requested" : "user_recovery_requested";
    await audit(tx, user, event, ip);
    if (pkceParams) {
      const method = action === "signup" ? "email/signup" : action;
      await createFlowState(tx, user.id, pkceParams, method);
    }
    const issued = await issueUserToken(tx, config, user, action, pkceParams !== null);
    await sendTokenEmail(deps, tx, user.id, action, issued, redirectTo);
  }

  const otp = async (c: Context) => {
    const client = clientInfo(c, config);
    enforceRequestLimit(deps.limiters.otp, client.ip);
    const body = await readBody(c, otpBody);
    if (body.phone && !body.email) {
      throw badRequest("validation_failed", "Phone sign-in is not enabled");
    }
    const email = validateEmail(body.email);
    const pkce = isPkce(body) ? body : null;
    const redirectTo = requestedRedirect(c, config);
    const user = await findUserByEmail(sql, email, config.jwtAud);
    if (user?.email_confirmed_at) {
      await mail("recovery", email, (tx) =>
        sendLink(tx, user, "magiclink", pkce, redirectTo, client.ip),
      );
      return c.json({});
    }
    if (!user && (!body.create_user || config.disableSignup)) {
      throw unprocessable("otp_disabled", "Signups not allowed for otp");
    }
    // A new or unconfirmed address signs up: its confirmation email doubles as the magic link.
    const kind = config.autoconfirm ? "recovery" : "confirmation";
    await mail(kind, email, async (tx) => {
      const target =
        user ??
        (await createUserOrFail(tx, {
          email,
          encryptedPassword: "",
          aud: config.jwtAud,
          role: config.defaultGroup,
          userMetadata: body.data ?? {},
        }));
      if (config.autoconfirm) {
        await confirmEmail(tx, target.id);
        await sendLink(tx, target, "magiclink", pkce, redirectTo, client.ip);
      } else {
        await sendLink(tx, target, "signup", pkce, redirectTo, client.ip);
      }
    });
    return c.json({});
  };
  app.post("/otp", otp);
  app.post("/magiclink", otp);

  app.post("/recover", async (c) => {
    const client = clientInfo(c, config);
    enforceRequestLimit(deps.limiters.otp, client.ip);
    const body = await readBody(c, recoverBody);
    const email = validateEmail(body.email);
    const pkce = isPkce(body) ? body : null;
    const redirectTo = requestedRedirect(c, config);
    await mail("recovery", email, async (tx) => {
      const user = await findUserByEmail(tx, email, config.jwtAud);
      if (user) {
        await sendLink(tx, user, "recovery", pkce, redirectTo, client.ip);
      }
    });
    return c.json({});
  });

  app.post("/resend", async (c) => {
    const client = clientInfo(c, config);
    enforceRequestLimit(deps.limiters.otp, client.ip);
    const body = await readBody(c, resendBody);
    if (body.type !== "signup" && body.type !== "email_change") {
      throw badRequest(
        "validation_failed",
        "Missing one of these types: signup, email_change, sms, phone_change",
      );
    }
    const email = validateEmail(body.email);
    const pkce = isPkce(body) ? body : null;
    const redirectTo = requestedRedirect(c, config);
    if (body.type === "signup") {
      await mail("confirmation", email, async (tx) => {
        const user = await findUserByEmail(tx, email, config.jwtAud);
        if (user && !user.email_confirmed_at) {
          await sendLink(tx, user, "signup", pkce, redirectTo, client.ip);
        }
      });
      return c.json({});
    }
    await mail("email_change", email, async (tx) => {
      const user = await findUserByEmail(tx, email, config.jwtAud);
      if (user?.email_change) {
        await requestEmailChange(deps, tx, user, user.email_change, pkce, redirectTo);
      }
    });
    return c.json({});
  });

  return app;
}
