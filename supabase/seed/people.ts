// Demo people, made through Auth as real sign-ups are: staff and two clients, and four
// applicants whose requests the sign-up trigger files (one left unconfirmed).
import type postgres from "postgres";
import { addVerifiedTotpFactor, confirmAuthUser, createAuthUser } from "./auth-users";
import { DEMO_FACTOR_NAME, DEMO_PASSWORD, demoLogins, demoTotpSecrets } from "./logins";

export type DemoUsers = Awaited<ReturnType<typeof seedPeople>>;

/** Creates the demo users one by one (their order fixes the seed's audit trail). */
export async function seedPeople(sql: postgres.Sql) {
  const member = (email: string, role: string, metadata: Record<string, string>) =>
    createAuthUser(sql, {
      email,
      password: DEMO_PASSWORD,
      userMetadata: metadata,
      appMetadata: { atrium_role: role },
    });
  const admin = await member(demoLogins.admin, "admin", { full_name: "Ada Admin" });
  const team = await member(demoLogins.team, "team", { full_name: "Tomas Team" });
  // Staff work needs a second factor: each demo staff login has one, with a documented secret.
  await addVerifiedTotpFactor(sql, admin, demoTotpSecrets.admin, DEMO_FACTOR_NAME);
  await addVerifiedTotpFactor(sql, team, demoTotpSecrets.team, DEMO_FACTOR_NAME);
  const clientA = await member(demoLogins.clientA, "client", {
    full_name: "Clara Client",
    locale: "en",
  });
  const clientB = await member(demoLogins.clientB, "client", {
    full_name: "Bruno Buyer",
    locale: "fr",
  });
  // Applicants come through the portal's sign-up: the trigger files their requests.
  const applicant = (email: string, fullName: string, company: string) =>
    createAuthUser(sql, {
      email,
      password: DEMO_PASSWORD,
      confirmed: false,
      userMetadata: {
        full_name: fullName,
        company_name: company,
        details: { project_type: "website", budget: "10-25k", message: `Hello from ${company}` },
        source: "website",
        utm: { utm_source: "newsletter" },
      },
    });
  const pending = await applicant(demoLogins.applicant, "Pat Pending", "Prospect Labs");
  const confirmed = await applicant("connie@confirmed.test", "Connie Confirmed", "Umbrella");
  const approved = await applicant("andy@approved.test", "Andy Approved", "Stark Studio");
  const rejected = await applicant("rita@rejected.test", "Rita Rejected", "Spam Inc");
  for (const id of [confirmed, approved, rejected]) {
    await confirmAuthUser(sql, id);
  }
  return { admin, team, clientA, clientB, pending, confirmed, approved, rejected };
}
