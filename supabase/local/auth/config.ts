// Auth's settings, read once from the stack's env under GoTrue's own variable names and defaults
// (supabase/auth `internal/conf/configuration.go`), so a value tuned here means the same on hosted.
import { z } from "zod";
import type { StackContext } from "../context";
import { envProblem, parseEnv } from "../parse-env";

export interface RateLimits {
  /** Header carrying the client IP (e.g. `X-Forwarded-For`); unset → the socket address. */
  header: string | undefined;
  /** Emails sent, project-wide, per `emailSentWindowSeconds`. */
  emailSent: number;
  emailSentWindowSeconds: number;
  /** Per IP per 5 minutes: `/token?grant_type=refresh_token`. */
  tokenRefresh: number;
  /** Per IP per 5 minutes: `/verify`. */
  verify: number;
  /** Per IP per 5 minutes: sign-ins and sign-ups (password/pkce grants, signup, otp, recover, resend, PUT /user). */
  otp: number;
  /** Per MFA factor per minute: challenges, and separately verifications (GoTrue keys these by IP). */
  mfaChallengeAndVerify: number;
}

/** GoTrue's MFA settings (`GOTRUE_MFA_*`), TOTP only. */
export interface MfaConfig {
  totpEnrollEnabled: boolean;
  totpVerifyEnabled: boolean;
  /** Seconds a challenge may be verified after it was made. */
  challengeExpirySeconds: number;
  /** Seconds an unverified, never challenged factor survives before enrollment sweeps it away. */
  factorExpirySeconds: number;
  maxEnrolledFactors: number;
  maxVerifiedFactors: number;
}

export interface AuthConfig {
  siteUrl: string;
  uriAllowList: string[];
  /** Public base of this service, e.g. `http://127.0.0.1:54321/auth/v1`: links and `iss` use it. */
  externalUrl: string;
  jwtSecret: string;
  jwtExp: number;
  jwtAud: string;
  defaultGroup: string;
  disableSignup: boolean;
  autoconfirm: boolean;
  otpExp: number;
  otpLength: number;
  secureEmailChange: boolean;
  /** Minimum gap between two emails of one kind to one address (GOTRUE_SMTP_MAX_FREQUENCY). */
  maxFrequencySeconds: number;
  passwordMinLength: number;
  /** Character sets a password must each draw from (GOTRUE_PASSWORD_REQUIRED_CHARACTERS, `:`-separated). */
  passwordRequiredCharacters: string[];
  bcryptCost: number;
  refreshTokenRotation: boolean;
  refreshTokenReuseInterval: number;
  /** A password change from a session older than 24 h needs a reauthentication nonce. */
  updatePasswordRequireReauthentication: boolean;
  /** How long a PKCE auth code may wait for its exchange (GOTRUE_EXTERNAL_FLOW_STATE_EXPIRY_DURATION). */
  flowStateExpirySeconds: number;
  rateLimits: RateLimits;
  mfa: MfaConfig;
  hook: { uri: string | undefined; secrets: string[] };
}

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "TRUE", "FALSE", "True", "False"])
    .optional()
    .transform((value) => (value === undefined ? fallback : /^(true|1)$/i.test(value)));

const integer = (fallback: number, min = 0) =>
  z.coerce.number().int().min(min).optional().default(fallback);

/** Go durations as GoTrue reads them (`60s`, `1m30s`, `2h`) or bare seconds. */
export function parseDuration(text: string): number {
  if (/^\d+(\.\d+)?$/.test(text)) {
    return Number(text);
  }
  const units: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };
  let total = 0;
  let rest = text;
  while (rest.length > 0) {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)/.exec(rest);
    const unit = match?.[2];
    if (!match?.[1] || !unit) {
      throw new Error(`not a duration: ${text}`);
    }
    total += Number(match[1]) * (units[unit] ?? 0);
    rest = rest.slice(match[0].length);
  }
  return total;
}

const duration = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") {
        return fallback;
      }
      try {
        return parseDuration(value);
      } catch {
        ctx.addIssue({ code: "custom", message: `expected a duration such as 60s, got ${value}` });
        return z.NEVER;
      }
    });

/** GoTrue's `Rate`: `30` (per hour) or `30/5m`. */
const rate = (fallback: number, windowSeconds: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") {
        return { events: fallback, windowSeconds };
      }
      const [events, over] = value.split("/");
      const count = Number(events);
      if (!Number.isFinite(count) || count < 0) {
        ctx.addIssue({ code: "custom", message: `expected N or N/duration, got ${value}` });
        return z.NEVER;
      }
      return { events: count, windowSeconds: over ? parseDuration(over) : windowSeconds };
    });

const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

const envSchema = z.object({
  GOTRUE_SITE_URL: z.url().optional().default("http://127.0.0.1:3000"),
  GOTRUE_URI_ALLOW_LIST: list,
  API_EXTERNAL_URL: z.url().optional(),
  GOTRUE_JWT_EXP: integer(3600, 1),
  GOTRUE_JWT_AUD: z.string().optional().default("authenticated"),
  GOTRUE_JWT_DEFAULT_GROUP_NAME: z.string().optional().default("authenticated"),
  GOTRUE_DISABLE_SIGNUP: flag(false),
  GOTRUE_MAILER_AUTOCONFIRM: flag(false),
  GOTRUE_MAILER_OTP_EXP: integer(86400, 1),
  GOTRUE_MAILER_OTP_LENGTH: integer(6, 6),
  GOTRUE_MAILER_SECURE_EMAIL_CHANGE_ENABLED: flag(true),
  GOTRUE_SMTP_MAX_FREQUENCY: duration(60),
  GOTRUE_PASSWORD_MIN_LENGTH: integer(6, 6),
  GOTRUE_PASSWORD_REQUIRED_CHARACTERS: z.string().optional().default(""),
  // Not a GoTrue setting: GoTrue always uses Go's bcrypt.DefaultCost (10). Tests lower it to spare CPU.
  GOTRUE_PASSWORD_HASH_COST: integer(10, 4),
  GOTRUE_SECURITY_REFRESH_TOKEN_ROTATION_ENABLED: flag(true),
  GOTRUE_SECURITY_REFRESH_TOKEN_REUSE_INTERVAL: integer(10),
  GOTRUE_SECURITY_UPDATE_PASSWORD_REQUIRE_REAUTHENTICATION: flag(false),
  GOTRUE_EXTERNAL_FLOW_STATE_EXPIRY_DURATION: duration(300),
  GOTRUE_RATE_LIMIT_HEADER: z.string().optional(),
  GOTRUE_RATE_LIMIT_EMAIL_SENT: rate(30, 3600),
  GOTRUE_RATE_LIMIT_TOKEN_REFRESH: integer(150),
  GOTRUE_RATE_LIMIT_VERIFY: integer(30),
  GOTRUE_RATE_LIMIT_OTP: integer(30),
  GOTRUE_MFA_TOTP_ENROLL_ENABLED: flag(true),
  GOTRUE_MFA_TOTP_VERIFY_ENABLED: flag(true),
  GOTRUE_MFA_CHALLENGE_EXPIRY_DURATION: duration(300),
  GOTRUE_MFA_FACTOR_EXPIRY_DURATION: duration(300),
  GOTRUE_MFA_MAX_ENROLLED_FACTORS: integer(10),
  GOTRUE_MFA_MAX_VERIFIED_FACTORS: integer(10),
  GOTRUE_MFA_RATE_LIMIT_CHALLENGE_AND_VERIFY: integer(15),
  GOTRUE_HOOK_SEND_EMAIL_ENABLED: flag(false),
  GOTRUE_HOOK_SEND_EMAIL_URI: z.url().optional(),
  GOTRUE_HOOK_SEND_EMAIL_SECRETS: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split("|").filter(Boolean))
    .refine((secrets) => secrets.every((secret) => /^v1,whsec_[A-Za-z0-9+/=]+$/.test(secret)), {
      message: "each secret must look like v1,whsec_<base64>",
    }),
});

/**
 * Parses Auth's settings from the stack env, failing with every bad variable named.
 * @example const config = loadAuthConfig(context); config.jwtExp // 3600
 */
export function loadAuthConfig(context: Pick<StackContext, "env" | "apiUrl" | "keys">): AuthConfig {
  const env = parseEnv("auth", envSchema, context.env);
  if (env.GOTRUE_HOOK_SEND_EMAIL_URI && env.GOTRUE_HOOK_SEND_EMAIL_SECRETS.length === 0) {
    // Hosted Supabase always signs hook calls; an unsigned hook would accept forged emails.
    throw envProblem(
      "auth",
      "GOTRUE_HOOK_SEND_EMAIL_SECRETS",
      "required with GOTRUE_HOOK_SEND_EMAIL_URI",
    );
  }
  const hookEnabled =
    env.GOTRUE_HOOK_SEND_EMAIL_ENABLED || env.GOTRUE_HOOK_SEND_EMAIL_URI !== undefined;
  return {
    siteUrl: env.GOTRUE_SITE_URL,
    uriAllowList: env.GOTRUE_URI_ALLOW_LIST,
    externalUrl: (env.API_EXTERNAL_URL ?? `${context.apiUrl}/auth/v1`).replace(/\/$/, ""),
    jwtSecret: context.keys.jwtSecret,
    jwtExp: env.GOTRUE_JWT_EXP,
    jwtAud: env.GOTRUE_JWT_AUD,
    defaultGroup: env.GOTRUE_JWT_DEFAULT_GROUP_NAME,
    disableSignup: env.GOTRUE_DISABLE_SIGNUP,
    autoconfirm: env.GOTRUE_MAILER_AUTOCONFIRM,
    otpExp: env.GOTRUE_MAILER_OTP_EXP,
    otpLength: env.GOTRUE_MAILER_OTP_LENGTH,
    secureEmailChange: env.GOTRUE_MAILER_SECURE_EMAIL_CHANGE_ENABLED,
    maxFrequencySeconds: env.GOTRUE_SMTP_MAX_FREQUENCY,
    passwordMinLength: env.GOTRUE_PASSWORD_MIN_LENGTH,
    passwordRequiredCharacters: env.GOTRUE_PASSWORD_REQUIRED_CHARACTERS.split(":").filter(Boolean),
    bcryptCost: env.GOTRUE_PASSWORD_HASH_COST,
    refreshTokenRotation: env.GOTRUE_SECURITY_REFRESH_TOKEN_ROTATION_ENABLED,
    refreshTokenReuseInterval: env.GOTRUE_SECURITY_REFRESH_TOKEN_REUSE_INTERVAL,
    updatePasswordRequireReauthentication:
      env.GOTRUE_SECURITY_UPDATE_PASSWORD_REQUIRE_REAUTHENTICATION,
    flowStateExpirySeconds: env.GOTRUE_EXTERNAL_FLOW_STATE_EXPIRY_DURATION,
    rateLimits: {
      header: env.GOTRUE_RATE_LIMIT_HEADER,
      emailSent: env.GOTRUE_RATE_LIMIT_EMAIL_SENT.events,
      emailSentWindowSeconds: env.GOTRUE_RATE_LIMIT_EMAIL_SENT.windowSeconds,
      tokenRefresh: env.GOTRUE_RATE_LIMIT_TOKEN_REFRESH,
      verify: env.GOTRUE_RATE_LIMIT_VERIFY,
      otp: env.GOTRUE_RATE_LIMIT_OTP,
      mfaChallengeAndVerify: env.GOTRUE_MFA_RATE_LIMIT_CHALLENGE_AND_VERIFY,
    },
    mfa: {
      totpEnrollEnabled: env.GOTRUE_MFA_TOTP_ENROLL_ENABLED,
      totpVerifyEnabled: env.GOTRUE_MFA_TOTP_VERIFY_ENABLED,
      challengeExpirySeconds: env.GOTRUE_MFA_CHALLENGE_EXPIRY_DURATION,
      factorExpirySeconds: env.GOTRUE_MFA_FACTOR_EXPIRY_DURATION,
      maxEnrolledFactors: env.GOTRUE_MFA_MAX_ENROLLED_FACTORS,
      maxVerifiedFactors: env.GOTRUE_MFA_MAX_VERIFIED_FACTORS,
    },
    hook: {
      uri: hookEnabled ? env.GOTRUE_HOOK_SEND_EMAIL_URI : undefined,
      secrets: env.GOTRUE_HOOK_SEND_EMAIL_SECRETS,
    },
  };
}
