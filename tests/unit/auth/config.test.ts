// Auth's configuration: GoTrue's names and defaults, and loud failures on bad values.
import { describe, expect, it } from "vitest";
import { loadAuthConfig, parseDuration } from "../../../supabase/local/auth/config";

const context = (env: Record<string, string | undefined> = {}) => ({
  env,
  apiUrl: "http://127.0.0.1:54321",
  keys: {
    jwtSecret: "s".repeat(40),
    anonKey: "a",
    serviceRoleKey: "s",
    publishableKey: "sb_publishable_a",
    secretKey: "sb_secret_s",
  },
});

describe("loadAuthConfig", () => {
  it("reads GoTrue's MFA settings, with its defaults", () => {
    expect(loadAuthConfig(context()).mfa).toEqual({
      totpEnrollEnabled: true,
      totpVerifyEnabled: true,
      challengeExpirySeconds: 300,
      factorExpirySeconds: 300,
      maxEnrolledFactors: 10,
      maxVerifiedFactors: 10,
    });
    expect(loadAuthConfig(context()).rateLimits.mfaChallengeAndVerify).toBe(15);
    const tuned = loadAuthConfig(
      context({
        GOTRUE_MFA_CHALLENGE_EXPIRY_DURATION: "2",
        GOTRUE_MFA_FACTOR_EXPIRY_DURATION: "10m",
        GOTRUE_MFA_TOTP_ENROLL_ENABLED: "false",
        GOTRUE_MFA_RATE_LIMIT_CHALLENGE_AND_VERIFY: "3",
      }),
    );
    expect(tuned.mfa).toMatchObject({
      challengeExpirySeconds: 2,
      factorExpirySeconds: 600,
      totpEnrollEnabled: false,
    });
    expect(tuned.rateLimits.mfaChallengeAndVerify).toBe(3);
    expect(() => loadAuthConfig(context({ GOTRUE_MFA_CHALLENGE_EXPIRY_DURATION: "soon" }))).toThrow(
      /GOTRUE_MFA_CHALLENGE_EXPIRY_DURATION/,
    );
  });

  it("uses GoTrue's defaults", () => {
    const config = loadAuthConfig(context());
    expect(config).toMatchObject({
      siteUrl: "http://127.0.0.1:3000",
      externalUrl: "http://127.0.0.1:54321/auth/v1",
      jwtExp: 3600,
      jwtAud: "authenticated",
      autoconfirm: false,
      otpExp: 86400,
      otpLength: 6,
      secureEmailChange: true,
      maxFrequencySeconds: 60,
      passwordMinLength: 6,
      bcryptCost: 10,
      refreshTokenRotation: true,
      refreshTokenReuseInterval: 10,
      updatePasswordRequireReauthentication: false,
      rateLimits: {
        emailSent: 30,
        emailSentWindowSeconds: 3600,
        tokenRefresh: 150,
        verify: 30,
        otp: 30,
      },
      hook: { uri: undefined, secrets: [] },
    });
  });

  it("reads overrides, including GoTrue's Rate and duration forms", () => {
    const config = loadAuthConfig(
      context({
        GOTRUE_MAILER_AUTOCONFIRM: "true",
        GOTRUE_SECURITY_UPDATE_PASSWORD_REQUIRE_REAUTHENTICATION: "true",
        GOTRUE_SMTP_MAX_FREQUENCY: "1m30s",
        GOTRUE_RATE_LIMIT_EMAIL_SENT: "5/10m",
        GOTRUE_URI_ALLOW_LIST: "http://localhost:5173/**, http://localhost:5174/**",
        GOTRUE_HOOK_SEND_EMAIL_URI: "http://127.0.0.1:54324/hook",
        GOTRUE_HOOK_SEND_EMAIL_SECRETS: "v1,whsec_c2VjcmV0",
      }),
    );
    expect(config.autoconfirm).toBe(true);
    expect(config.updatePasswordRequireReauthentication).toBe(true);
    expect(config.maxFrequencySeconds).toBe(90);
    expect(config.rateLimits).toMatchObject({ emailSent: 5, emailSentWindowSeconds: 600 });
    expect(config.uriAllowList).toEqual(["http://localhost:5173/**", "http://localhost:5174/**"]);
    expect(config.hook).toEqual({
      uri: "http://127.0.0.1:54324/hook",
      secrets: ["v1,whsec_c2VjcmV0"],
    });
  });

  it("names every malformed variable", () => {
    expect(() =>
      loadAuthConfig(
        context({ GOTRUE_JWT_EXP: "soon", GOTRUE_HOOK_SEND_EMAIL_SECRETS: "plain-secret" }),
      ),
    ).toThrow(/GOTRUE_JWT_EXP[\s\S]*GOTRUE_HOOK_SEND_EMAIL_SECRETS/);
  });

  it("insists on a signing secret when a hook URL is set", () => {
    expect(() =>
      loadAuthConfig(context({ GOTRUE_HOOK_SEND_EMAIL_URI: "http://127.0.0.1:9/hook" })),
    ).toThrow(/GOTRUE_HOOK_SEND_EMAIL_SECRETS: required/);
  });

  it("parses Go durations", () => {
    expect(parseDuration("60s")).toBe(60);
    expect(parseDuration("2h")).toBe(7200);
    expect(parseDuration("1m0s")).toBe(60);
    expect(parseDuration("45")).toBe(45);
    expect(() => parseDuration("ten minutes")).toThrow();
  });
});
