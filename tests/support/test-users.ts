// A signed-up user in one step, written as GoTrue writes auth.users: the sign-up trigger makes the
// profile from the app metadata (role, company), and the profile insert below covers a database
// without that trigger. Staff also get a password and a verified TOTP factor, since staff work
// needs an aal2 session (tests/support/staff-session.ts signs them in).
import type postgres from "postgres";
import { addVerifiedTotpFactor, hashPassword } from "../../supabase/seed/auth-users";
import type { StaffLogin } from "./staff-session";

export interface TestUser {
  id: string;
  role: "client" | "team" | "admin";
  companyId: string | null;
  /** `<id>@example.test` unless given. */
  email?: string;
}

/** The password every test staff member signs in with. */
export const TEST_STAFF_PASSWORD = "test-staff-password";
/** The secret of every test staff member's factor (each factor still spends its own codes). */
export const TEST_STAFF_TOTP_SECRET = "ATRIUMTESTSTAFF2ATRIUMTESTSTAFF2";

/** The login of a staff member made by createTestUser. */
export function testStaffLogin(user: Pick<TestUser, "id" | "email">): StaffLogin {
  return {
    email: user.email ?? `${user.id}@example.test`,
    password: TEST_STAFF_PASSWORD,
    totpSecret: TEST_STAFF_TOTP_SECRET,
  };
}

/**
 * Inserts the auth user and, unless the trigger did, its profile; staff also get a password and
 * a verified factor (see testStaffLogin). `superuser` must be allowed to write auth.users.
 * @example await createTestUser(superuser, { id: randomUUID(), role: "client", companyId });
 */
export async function createTestUser(superuser: postgres.Sql, user: TestUser): Promise<void> {
  const { id, role, companyId } = user;
  const email = user.email ?? `${id}@example.test`;
  const appMeta = {
    provider: "email",
    atrium_role: role,
    ...(companyId ? { company_id: companyId } : {}),
  };
  const isStaff = role !== "client";
  // A low bcrypt cost: the hash is only for tests, and sign-ins stay quick.
  const password = isStaff ? hashPassword(TEST_STAFF_PASSWORD, 4) : null;
  await superuser`insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at)
    values (${id}, 'authenticated', 'authenticated', ${email}, ${password}, ${isStaff ? new Date() : null}, ${superuser.json(appMeta)}, ${superuser.json({ full_name: role })}, now())`;
  await superuser`insert into public.profiles (id, email, role, company_id)
    values (${id}, ${email}, ${role}, ${companyId}) on conflict (id) do nothing`;
  if (isStaff) {
    await addVerifiedTotpFactor(superuser, id, TEST_STAFF_TOTP_SECRET, "Test authenticator");
  }
}
