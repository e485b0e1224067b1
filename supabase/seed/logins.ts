// The demo logins every role signs in with, shared by the seed, `npm run dev`'s banner and tests.
export const DEMO_PASSWORD = "atrium-demo";

export const demoLogins = {
  admin: "admin@atrium.test",
  team: "team@atrium.test",
  clientA: "clara@northwind.test",
  clientB: "bruno@globex.test",
  applicant: "pat@prospect.test",
} as const;

/** The demo logins as lines for a terminal. */
export function demoLoginLines(): string[] {
  const roles: Record<keyof typeof demoLogins, string> = {
    admin: "admin",
    team: "team (account manager)",
    clientA: "client of Northwind Traders",
    clientB: "client of Globex Corporation",
    applicant: "applicant, email not yet confirmed",
  };
  return Object.entries(demoLogins).map(
    ([key, email]) =>
      `  ${email.padEnd(24)} ${DEMO_PASSWORD}   ${roles[key as keyof typeof demoLogins]}`,
  );
}
