// POST /signup: email + password sign-up with confirmation by email (or autoconfirm), answering a
// repeated sign-up like a new one so nobody can probe which addresses have accounts (GT `signup.go`).

import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import postgres from "postgres";
import { z } from "zod";
import { isDatabaseUnavailable } from "../../connection-faults";
import { transaction } from "../../transaction";
import { audit } from "../audit";
import { badRequest, databaseRefusal, internal, unprocessable } from "../errors";
import { issueUserToken, sendTokenEmail } from "../one-time-tokens";
import { checkPasswordStrength, hashPassword } from "../passwords";
import { createFlowState, isPkce } from "../pkce";
import { enforceRequestLimit } from "../rate-limit";
import { type AuthDeps, clientInfo, readBody, requestedRedirect } from "../request";
import { issueSession } from "../sessions";
import { obfuscatedUserJson, userJson } from "../user-json";
import {
  confirmEmail,
  type Db,
  findUserByEmail,
  insertUser,
  loadIdentities,
  type UserRow,
} from "../users";
import { credentials, metadata } from "./bodies";

const signupBody = credentials.extend({
  data: metadata.nullish(),
  code_challenge: z.string().nullish(),
  code_challenge_method: z.string().nullish(),
});

/** GoTrue's validateEmail: trimmed, lower-cased, a plausible address, at most 255 characters. */
export function validateEmail(email: string | undefined): string {
  const address = (email ?? "").trim().toLowerCase();
  if (address === "") {
    throw badRequest("validation_failed", "An email address is required");
  }
  if (address.length > 255 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
    throw badRequest("email_address_invalid", `Email address "${address}" is invalid`);
  }
  return address;
}

/**
 * Runs GoTrue's user creation and maps a failing trigger to its 500 "Database error saving new user",
 * unless the trigger refused the caller's input with a `PT4xx` SQLSTATE (see databaseRefusal).
 */
export async function createUserOrFail(
  tx: Db,
  input: Parameters<typeof insertUser>[1],
): Promise<UserRow> {
  try {
    return await insertUser(tx, input);
  } catch (error) {
    if (error instanceof postgres.PostgresError && !isDatabaseUnavailable(error)) {
      throw databaseRefusal(error) ?? internal("Database error saving new user");
    }
    throw error;
  }
}

/**
 * The POST /signup routes, mounted by service.ts.
 * @example app.route("/", signupRoutes(deps));
 */
export function signupRoutes(deps: AuthDeps): Hono {
  const { config, sql, mailer } = deps;
  const app = new Hono();

  app.post("/signup", async (c) => {
    const client = clientInfo(c, config);
    enforceRequestLimit(deps.limiters.otp, client.ip);
    if (config.disableSignup) {
      throw unprocessable("signup_disabled", "Signups not allowed for this instance");
    }
    const body = await readBody(c, signupBody);
    if (body.phone && !body.email) {
      throw badRequest("validation_failed", "Phone signups are disabled");
    }
    if (!body.email && !body.password) {
      // auth-js signInAnonymously() posts an empty sign-up; anonymous users are off, as by default.
      throw unprocessable("anonymous_provider_disabled", "Anonymous sign-ins are disabled");
    }
    if (!body.password) {
      throw unprocessable("validation_failed", "Signup requires a valid password");
    }
    checkPasswordStrength(body.password, config);
    const email = validateEmail(body.email);
    const pkce = isPkce(body);
    const data = body.data ?? {};
    const redirectTo = requestedRedirect(c, config);

    const existing = await findUserByEmail(sql, email, config.jwtAud);
    // Hash even when the result is not stored, so a known address answers as slowly as a new one.
    const encryptedPassword = await hashPassword(body.password, config.bcryptCost);
    if (existing?.email_confirmed_at) {
      if (config.autoconfirm) {
        throw unprocessable("user_already_exists", "User already registered");
      }
      // The same per-address gap applies as for a real sign-up, so timing the 429 reveals nothing.
      mailer.reserve("confirmation", email);
      await audit(sql, existing, "user_repeated_signup", client.ip, { provider: "email" });
      return c.json(
        obfuscatedUserJson(email, config.jwtAud, config.defaultGroup, data, randomUUID()),
      );
    }
    const release = config.autoconfirm ? () => {} : mailer.reserve("confirmation", email);
    try {
      const result = await transaction(sql, async (tx) => {
        const user =
          existing ??
          (await createUserOrFail(tx, {
            email,
            encryptedPassword,
            aud: config.jwtAud,
            role: config.defaultGroup,
            userMetadata: data,
          }));
        if (config.autoconfirm) {
          await audit(tx, user, "user_signedup", client.ip, { provider: "email" });
          await confirmEmail(tx, user.id);
          await audit(tx, user, "login", client.ip, { provider: "email" });
          return issueSession(tx, config, user, "password", client);
        }
        await audit(tx, user, "user_confirmation_requested", client.ip, { provider: "email" });
        if (pkce) {
          await createFlowState(tx, user.id, body, "email/signup");
        }
        const issued = await issueUserToken(tx, config, user, "signup", pkce);
        await sendTokenEmail(deps, tx, user.id, "signup", issued, redirectTo);
        const [fresh] = await tx<UserRow[]>`select * from auth.users where id = ${user.id}`;
        return userJson(fresh ?? user, await loadIdentities(tx, user.id));
      });
      return c.json(result);
    } catch (error) {
      release();
      throw error;
    }
  });

  return app;
}
