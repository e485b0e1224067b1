// The signed-in user's MFA factors (GT `mfa.go`): enroll a TOTP factor, challenge it, verify a code
// (which raises the session to aal2 and answers new tokens), and unenroll it.
import { type Context, Hono } from "hono";
import { z } from "zod";
import { transaction } from "../../transaction";
import { audit } from "../audit";
import { AuthError, badRequest, forbidden, notFound, unprocessable } from "../errors";
import {
  deleteExpiredFactors,
  deleteFactorAndDowngrade,
  type FactorRow,
  findChallenge,
  findOwnedFactor,
  insertChallenge,
  insertTotpFactor,
  loadFactors,
} from "../factors";
import { upgradeSessionToAal2 } from "../mfa-sessions";
import { enforceRequestLimit } from "../rate-limit";
import { type AuthDeps, clientInfo, readBody, requireUser } from "../request";
import { type SessionJson, storableIp } from "../sessions";
import { checkTotp, newTotpEnrollment } from "../totp";
import type { UserRow } from "../users";

const enrollBody = z.object({
  factor_type: z.string().optional(),
  friendly_name: z.string().nullish(),
  issuer: z.string().nullish(),
  phone: z.string().nullish(),
});
const verifyBody = z.object({
  challenge_id: z.string().optional(),
  code: z.string().nullish(),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface MfaCaller {
  user: UserRow;
  sessionId: string;
  /** The level the session row holds now (GoTrue reads the row, not the token). */
  sessionAal: string;
  ip: string;
}

/** The issuer shown in authenticator apps when the client names none: the Site URL's host. */
function defaultIssuer(siteUrl: string): string {
  return new URL(siteUrl).host;
}

/**
 * The /factors routes, mounted by service.ts.
 * @example app.route("/", factorRoutes(deps));
 */
export function factorRoutes(deps: AuthDeps): Hono {
  const { config, sql, limiters } = deps;
  const app = new Hono();

  /** requireAuthentication + requireNotAnonymous, and the session MFA works on. */
  async function caller(c: Context): Promise<MfaCaller> {
    const { claims, user, sessionId } = await requireUser(c, deps);
    if (claims.is_anonymous || user.is_anonymous) {
      throw forbidden("no_authorization", "Anonymous user not allowed to perform these actions");
    }
    if (!sessionId) {
      throw forbidden("session_not_found", "A valid session is required to manage MFA factors");
    }
    const [session] = await sql<{ aal: string | null }[]>`
      select aal::text as aal from auth.sessions where id = ${sessionId}`;
    // A forwarded-for value that is no address still needs a stable `inet` to compare against.
    const ip = storableIp(clientInfo(c, config).ip) ?? "0.0.0.0";
    return { user, sessionId, sessionAal: session?.aal ?? "aal1", ip };
  }

  /** GoTrue's loadFactor: the factor must be the caller's. */
  async function ownedFactor(c: Context, who: MfaCaller): Promise<FactorRow> {
    const id = c.req.param("factorId") ?? "";
    if (!UUID.test(id)) {
      throw notFound("validation_failed", "factor_id must be an UUID");
    }
    const factor = await findOwnedFactor(sql, who.user.id, id);
    if (!factor) {
      throw notFound("mfa_factor_not_found", "Factor not found");
    }
    return factor;
  }

  app.post("/factors", async (c) => {
    const who = await caller(c);
    const body = await readBody(c, enrollBody);
    if (body.factor_type === "phone") {
      throw unprocessable("mfa_phone_enroll_not_enabled", "MFA enroll is disabled for Phone");
    }
    if (body.factor_type === "webauthn") {
      throw unprocessable("mfa_webauthn_enroll_not_enabled", "MFA enroll is disabled for WebAuthn");
    }
    if (body.factor_type !== "totp") {
      throw badRequest("validation_failed", "factor_type needs to be totp, phone, or webauthn");
    }
    if (!config.mfa.totpEnrollEnabled) {
      throw unprocessable("mfa_totp_enroll_not_enabled", "MFA enroll is disabled for TOTP");
    }
    const friendlyName = body.friendly_name ?? "";
    const issuer = body.issuer || defaultIssuer(config.siteUrl);

    // validateFactors, in GoTrue's order. An empty name clashes with another empty name there too.
    await deleteExpiredFactors(sql, config.mfa.factorExpirySeconds);
    const factors = await loadFactors(sql, who.user.id);
    if (factors.some((factor) => (factor.friendly_name ?? "") === friendlyName)) {
      throw unprocessable(
        "mfa_factor_name_conflict",
        `A factor with the friendly name ${JSON.stringify(friendlyName)} for this user already exists`,
      );
    }
    const verified = factors.filter((factor) => factor.status === "verified").length;
    if (
      factors.length >= config.mfa.maxEnrolledFactors ||
      verified >= config.mfa.maxVerifiedFactors
    ) {
      throw unprocessable(
        "too_many_enrolled_mfa_factors",
        "Maximum number of verified factors reached, unenroll to continue",
      );
    }
    if (verified > 0 && who.sessionAal !== "aal2") {
      throw forbidden("insufficient_aal", "AAL2 required to enroll a new factor");
    }

    const enrollment = await newTotpEnrollment(issuer, who.user.email ?? "");
    const id = await transaction(sql, async (tx) => {
      const factorId = await insertTotpFactor(tx, who.user.id, friendlyName, enrollment.secret);
      await audit(tx, who.user, "factor_in_progress", who.ip, { factor_id: factorId });
      return factorId;
    });
    return c.json({
      id,
      type: "totp",
      friendly_name: friendlyName,
      totp: { qr_code: enrollment.qrCode, secret: enrollment.secret, uri: enrollment.uri },
    });
  });

  app.post("/factors/:factorId/challenge", async (c) => {
    const who = await caller(c);
    const factor = await ownedFactor(c, who);
    enforceRequestLimit(limiters.factorChallenge, factor.id);
    if (!config.mfa.totpVerifyEnabled) {
      throw unprocessable("mfa_totp_verify_not_enabled", "MFA verification is disabled for TOTP");
    }
    const challenge = await transaction(sql, async (tx) => {
      const made = await insertChallenge(tx, factor.id, who.ip);
      await audit(tx, who.user, "challenge_created", who.ip, {
        factor_id: factor.id,
        factor_status: factor.status,
      });
      return made;
    });
    return c.json({
      id: challenge.id,
      type: factor.factor_type,
      expires_at:
        Math.floor(challenge.createdAt.getTime() / 1000) + config.mfa.challengeExpirySeconds,
    });
  });

  app.post("/factors/:factorId/verify", async (c) => {
    const who = await caller(c);
    const factor = await ownedFactor(c, who);
    enforceRequestLimit(limiters.factorVerify, factor.id);
    const body = await readBody(c, verifyBody);
    if (!body.code) {
      throw badRequest("validation_failed", "Code needs to be non-empty");
    }
    if (!config.mfa.totpVerifyEnabled) {
      throw unprocessable("mfa_totp_verify_not_enabled", "MFA verification is disabled for TOTP");
    }
    const challengeId = body.challenge_id ?? "";
    if (!UUID.test(challengeId)) {
      throw badRequest(
        "bad_json",
        "Could not parse request body as JSON: challenge_id must be an UUID",
      );
    }
    const code = body.code;
    // Failures that must still commit (an expired challenge is deleted) come back as values.
    const result = await transaction(sql, async (tx): Promise<SessionJson | AuthError> => {
      // The lock serialises verifications of one factor, so one code cannot win twice in a race.
      const locked = await findOwnedFactor(tx, who.user.id, factor.id, { lock: true });
      if (!locked?.secret) {
        throw notFound("mfa_factor_not_found", "Factor not found");
      }
      const challenge = await findChallenge(tx, locked.id, challengeId, who.ip);
      if (!challenge) {
        throw unprocessable(
          "mfa_factor_not_found",
          "MFA factor with the provided challenge ID not found",
        );
      }
      if (challenge.verified_at || !challenge.same_ip) {
        throw unprocessable(
          "mfa_ip_address_mismatch",
          "Challenge and verify IP addresses mismatch.",
        );
      }
      const expiresAt = challenge.created_at.getTime() + config.mfa.challengeExpirySeconds * 1000;
      if (Date.now() > expiresAt) {
        await tx`delete from auth.mfa_challenges where id = ${challenge.id}`;
        return unprocessable(
          "mfa_challenge_expired",
          `MFA challenge ${challenge.id} has expired, verify against another challenge or create a new challenge.`,
        );
      }
      const [used] = await tx<{ time_step: string }[]>`
        select time_step from auth.mfa_totp_used_steps where factor_id = ${locked.id}`;
      const check = await checkTotp(
        locked.secret,
        code,
        Date.now() / 1000,
        used ? Number(used.time_step) : null,
      );
      if (check.outcome === "invalid") {
        throw unprocessable("mfa_verification_failed", "Invalid TOTP code entered");
      }
      if (check.outcome === "replayed") {
        throw unprocessable(
          "mfa_verification_failed",
          "This TOTP code has already been used, wait for the next one",
        );
      }
      await audit(tx, who.user, "verification_attempted", who.ip, {
        factor_id: locked.id,
        challenge_id: challenge.id,
        factor_type: locked.factor_type,
      });
      await tx`update auth.mfa_challenges set verified_at = now() where id = ${challenge.id}`;
      await tx`
        insert into auth.mfa_totp_used_steps (factor_id, time_step, updated_at)
        values (${locked.id}, ${check.timeStep}, now())
        on conflict (factor_id) do update set time_step = excluded.time_step, updated_at = now()`;
      if (locked.status !== "verified") {
        await tx`
          update auth.mfa_factors set status = 'verified', updated_at = now()
          where id = ${locked.id}`;
      }
      return upgradeSessionToAal2(tx, config, who.user.id, who.sessionId, locked.id);
    });
    if (result instanceof AuthError) {
      throw result;
    }
    return c.json(result);
  });

  app.delete("/factors/:factorId", async (c) => {
    const who = await caller(c);
    const factor = await ownedFactor(c, who);
    if (factor.status === "verified" && who.sessionAal !== "aal2") {
      throw unprocessable("insufficient_aal", "AAL2 required to unenroll verified factor");
    }
    await transaction(sql, async (tx) => {
      await deleteFactorAndDowngrade(tx, factor);
      await audit(tx, who.user, "factor_unenrolled", who.ip, {
        factor_id: factor.id,
        factor_status: factor.status,
        session_id: who.sessionId,
      });
    });
    return c.json({ id: factor.id });
  });

  return app;
}
