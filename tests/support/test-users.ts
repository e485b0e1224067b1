// A signed-up user in one step, written as GoTrue writes auth.users: the sign-up trigger makes the
// profile from the app metadata (role, company), and the profile insert below covers a database
// without that trigger.
import type postgres from "postgres";

export interface TestUser {
  id: string;
  role: "client" | "team" | "admin";
  companyId: string | null;
  /** `<id>@example.test` unless given. */
  email?: string;
}

/**
 * Inserts the auth user and, unless the trigger did, its profile. `superuser` must be allowed to
 * write auth.users.
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
  await superuser`insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at)
    values (${id}, 'authenticated', 'authenticated', ${email}, ${superuser.json(appMeta)}, ${superuser.json({ full_name: role })}, now())`;
  await superuser`insert into public.profiles (id, email, role, company_id)
    values (${id}, ${email}, ${role}, ${companyId}) on conflict (id) do nothing`;
}
