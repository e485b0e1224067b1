// The signed-in user's own endpoints: GET /user, PUT /user (data, password, email change by mail)
// and POST /logout with its scopes (GT `user.go`, `logout.go`).

import { Hono } from "hono";
import { z } from "zod";
import { transaction } from "../../transaction";
import { audit } from "../audit";
import { badRequest, unprocessable } from "../errors";
import { loadFactors } from "../factors";
import { requestEmailChange } from "../one-time-tokens";
import { checkPasswordStrength, hashPassword, verifyPassword } from "../passwords";
import { isPkce } from "../pkce";
import { enforceRequestLimit } from "../rate-limit";
import { requireReauthentication } from "../reauthentication";
import { type AuthDeps, clientInfo, readBody, requestedRedirect, requireUser } from "../request";
import { endSessions, type LogoutScope } from "../sessions";
import { userJson } from "../user-json";
import {
  findUserByEmail,
  findUserById,
  loadIdentities,
  mergeMetadata,
  setPassword,
} from "../users";
import { validateEmail } from "./signup";

const updateBody = z.object({
  email: z.string().optional(),
  phone: z.string().optional(),
  password: z.string().optional(),
  data: z.record(z.string(), z.unknown()).nullish(),
  nonce: z.string().optional(),
  code_challenge: z.string().nullish(),
  code_challenge_method: z.string().nullish(),
});

const SCOPES: readonly LogoutScope[] = ["global", "local", "others"];

/**
 * The GET and PUT /user, POST /logout routes, mounted by service.ts.
 * @example app.route("/", userRoutes(deps));
 */
export function userRoutes(deps: AuthDeps): Hono {
  const { config, sql, mailer } = deps;
  const app = new Hono();

  app.get("/user", async (c) => {
    const { user } = await requireUser(c, deps);
    return c.json(
      userJson(user, await loadIdentities(sql, user.id), await loadFactors(sql, user.id)),
    );
  });

  app.put("/user", async (c) => {
    const client = clientInfo(c, config);
    enforceRequestLimit(deps.limiters.otp, client.ip);
    const { user, sessionId } = await requireUser(c, deps);
    const body = await readBody(c, updateBody);
    const redirectTo = requestedRedirect(c, config);

    let encryptedPassword: string | undefined;
    if (body.password !== undefined) {
      checkPasswordStrength(body.password, config);
      await requireReauthentication(deps, user, sessionId, body.nonce);
      if (await verifyPassword(body.password, user.encrypted_password)) {
        throw unprocessable(
          "same_password",
          "New password should be different from the old password.",
        );
      }
      encryptedPassword = await hashPassword(body.password, config.bcryptCost);
    }
    let newEmail: string | undefined;
    if (body.email !== undefined) {
      const email = validateEmail(body.email);
      if (email !== user.email) {
        const taken = await findUserByEmail(sql, email, config.jwtAud);
        if (taken && taken.id !== user.id) {
          throw unprocessable(
            "email_exists",
            "A user with this email address has already been registered",
          );
        }
        newEmail = email;
      }
    }
    const pkce = isPkce(body);
    const release =
      newEmail && !config.autoconfirm ? mailer.reserve("email_change", newEmail) : null;
    try {
      await transaction(sql, async (tx) => {
        await audit(
          tx,
          user,
          encryptedPassword ? "user_updated_password" : "user_modified",
          client.ip,
        );
        if (body.data) {
          await mergeMetadata(tx, user.id, "raw_user_meta_data", body.data);
        }
        if (encryptedPassword) {
          await setPassword(tx, user.id, encryptedPassword, sessionId);
        }
        if (newEmail && config.autoconfirm) {
          // With confirmations off GoTrue applies the change at once.
          await tx`
            update auth.users set email = ${newEmail}, updated_at = now() where id = ${user.id}`;
          await tx`
            update auth.identities
            set identity_data = identity_data || ${tx.json({ email: newEmail })}, updated_at = now()
            where user_id = ${user.id} and provider = 'email'`;
        } else if (newEmail) {
          await requestEmailChange(deps, tx, user, newEmail, pkce ? body : null, redirectTo);
        }
      });
    } catch (error) {
      release?.();
      throw error;
    }
    const updated = (await findUserById(sql, user.id)) ?? user;
    return c.json(
      userJson(updated, await loadIdentities(sql, user.id), await loadFactors(sql, user.id)),
    );
  });

  app.post("/logout", async (c) => {
    const scope = (c.req.query("scope") ?? "global") as LogoutScope;
    if (!SCOPES.includes(scope)) {
      throw badRequest("validation_failed", `Unsupported logout scope "${scope}"`);
    }
    const { user, sessionId } = await requireUser(c, deps);
    await transaction(sql, async (tx) => {
      await audit(tx, user, "logout", clientInfo(c, config).ip);
      await endSessions(tx, user.id, sessionId, scope);
    });
    return c.body(null, 204);
  });

  return app;
}
