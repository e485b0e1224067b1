// Admin-issued emails and links: POST /invite (mails an invitation) and POST /admin/generate_link
// (returns the link and code without mailing, which is what tests and back offices use; GT `mail.go`).

import { Hono } from "hono";
import { z } from "zod";
import { transaction } from "../../transaction";
import { audit, SERVICE_ACTOR } from "../audit";
import { badRequest, notFound, unprocessable } from "../errors";
import {
  actionLink,
  issueEmailChangeTokens,
  issueUserToken,
  sendTokenEmail,
} from "../one-time-tokens";
import { checkPasswordStrength, hashPassword } from "../passwords";
import { type AuthDeps, clientInfo, readBody, requireAdmin, safeRedirect } from "../request";
import { userJson } from "../user-json";
import { type Db, findUserByEmail, loadIdentities, type UserRow } from "../users";
import { metadata } from "./bodies";
import { createUserOrFail, validateEmail } from "./signup";

const inviteBody = z.object({ email: z.string().optional(), data: metadata.nullish() });
const LINK_TYPES = [
  "signup",
  "invite",
  "magiclink",
  "recovery",
  "email_change_current",
  "email_change_new",
] as const;
const generateLinkBody = z.object({
  type: z.string().optional(),
  email: z.string().optional(),
  password: z.string().optional(),
  data: metadata.nullish(),
  new_email: z.string().optional(),
  redirect_to: z.string().optional(),
  redirectTo: z.string().optional(),
});

const emailExists = () =>
  unprocessable("email_exists", "A user with this email address has already been registered");

/**
 * The POST /invite and POST /admin/generate_link routes, mounted by service.ts.
 * @example app.route("/", adminLinkRoutes(deps));
 */
export function adminLinkRoutes(deps: AuthDeps): Hono {
  const { config, sql, mailer } = deps;
  const app = new Hono();

  /** An invited (or signing-up) user: reused while unconfirmed, refused once confirmed. */
  async function userToInvite(
    tx: Db,
    email: string,
    data: Record<string, unknown>,
    encryptedPassword: string,
    invited: boolean,
  ): Promise<UserRow> {
    const existing = await findUserByEmail(tx, email, config.jwtAud);
    if (existing?.email_confirmed_at) {
      throw emailExists();
    }
    if (existing) {
      if (invited) {
        await tx`update auth.users set invited_at = now() where id = ${existing.id}`;
      }
      return existing;
    }
    return createUserOrFail(tx, {
      email,
      encryptedPassword,
      aud: config.jwtAud,
      role: config.defaultGroup,
      userMetadata: data,
      invitedAt: invited ? new Date() : undefined,
    });
  }

  app.post("/invite", async (c) => {
    await requireAdmin(c, deps);
    const body = await readBody(c, inviteBody);
    const email = validateEmail(body.email);
    const redirectTo = safeRedirect(config, c.req.query("redirect_to"));
    const release = mailer.reserve("confirmation", email);
    try {
      const id = await transaction(sql, async (tx) => {
        const user = await userToInvite(tx, email, body.data ?? {}, "", true);
        const issued = await issueUserToken(tx, config, user, "invite", false);
        await sendTokenEmail(deps, tx, user.id, "invite", issued, redirectTo);
        await audit(tx, SERVICE_ACTOR, "user_invited", clientInfo(c, config).ip, {
          user_id: user.id,
          user_email: email,
        });
        return user.id;
      });
      const [user] = await sql<UserRow[]>`select * from auth.users where id = ${id}`;
      return c.json(user ? userJson(user, await loadIdentities(sql, id)) : {});
    } catch (error) {
      release();
      throw error;
    }
  });

  app.post("/admin/generate_link", async (c) => {
    await requireAdmin(c, deps);
    const body = await readBody(c, generateLinkBody);
    const type = LINK_TYPES.find((known) => known === body.type);
    if (!type) {
      throw badRequest("validation_failed", "Invalid email action link type requested");
    }
    const email = validateEmail(body.email);
    const redirectTo = safeRedirect(
      config,
      c.req.query("redirect_to") ?? body.redirect_to ?? body.redirectTo,
    );
    let encryptedPassword = "";
    if (type === "signup") {
      if (!body.password) {
        throw unprocessable("validation_failed", "Signup requires a valid password");
      }
      checkPasswordStrength(body.password, config);
      encryptedPassword = await hashPassword(body.password, config.bcryptCost);
    }
    const result = await transaction(sql, async (tx) => {
      let user: UserRow | undefined;
      if (type === "signup" || type === "invite") {
        user = await userToInvite(tx, email, body.data ?? {}, encryptedPassword, type === "invite");
      } else {
        user = await findUserByEmail(tx, email, config.jwtAud);
        if (!user) {
          throw notFound("user_not_found", "User with this email not found");
        }
      }
      let otp: string;
      let hash: string;
      let verificationType: string = type;
      if (type === "email_change_current" || type === "email_change_new") {
        const newEmail = validateEmail(body.new_email);
        const taken = await findUserByEmail(tx, newEmail, config.jwtAud);
        if (taken) {
          throw emailExists();
        }
        const issued = await issueEmailChangeTokens(tx, config, user, newEmail, false);
        const chosen =
          type === "email_change_current" ? (issued.current ?? issued.next) : issued.next;
        ({ otp, hash } = chosen);
        verificationType = "email_change";
      } else {
        ({ otp, hash } = await issueUserToken(tx, config, user, type, false));
      }
      const [fresh] = await tx<UserRow[]>`select * from auth.users where id = ${user.id}`;
      return {
        ...userJson(fresh ?? user, await loadIdentities(tx, user.id)),
        action_link: actionLink(config, hash, verificationType, redirectTo),
        email_otp: otp,
        hashed_token: hash,
        verification_type: type,
        redirect_to: redirectTo,
      };
    });
    return c.json(result);
  });

  return app;
}
