// The demo logins every role signs in with, shared by the seed, `npm run dev`'s banner and tests.
export const DEMO_PASSWORD = "atrium-demo";

export const demoLogins = {
  admin: "admin@atrium.test",
  team: "team@atrium.test",
  clientA: "clara@northwind.test",
  clientB: "bruno@globex.test",
  applicant: "pat@prospect.test",
} as const;

/**
 * The demo staff's authenticator secrets (base32, 160 bits), fixed so that a developer can add
 * them to an app once. Staff need a second factor for any staff work (migration 0015), so the
 * seed gives each a verified TOTP factor named "Demo authenticator" with this secret.
 */
export const demoTotpSecrets = {
  admin: "ATRIUMDEMOADMIN2ATRIUMDEMOADMIN2",
  team: "ATRIUMDEMOTEAM22ATRIUMDEMOTEAM22",
} as const;

export const DEMO_FACTOR_NAME = "Demo authenticator";

/** The demo logins as lines for a terminal. */
export function demoLoginLines(): string[] {
  const roles: Record<keyof typeof demoLogins, string> = {
    admin: "admin",
    team: "team (account manager)",
    clientA: "client of Northwind Traders",
    clientB: "client of Globex Corporation",
    applicant: "applicant, email not yet confirmed",
  };
  const logins = Object.entries(demoLogins).map(
    ([key, email]) =>
      `  ${email.padEnd(24)} ${DEMO_PASSWORD}   ${roles[key as keyof typeof demoLogins]}`,
  );
  return [
    ...logins,
    "  Staff sign-in asks for an authenticator code: `npm run totp -- <email>` prints it, or add",
    "  the secret to an authenticator app:",
    ...Object.entries(demoTotpSecrets).map(
      ([key, secret]) =>
        `    ${demoLogins[key as keyof typeof demoTotpSecrets].padEnd(22)} ${secret}`,
    ),
  ];
}
