// Accounts the Auth tests start from: confirmed, made through the admin API as staff would.
import { expect } from "vitest";
import { type AuthTestStack, uniqueEmail } from "./auth-stack";

/** What a confirmed account is made with; every field has the usual test value. */
export interface AccountOptions {
  label?: string;
  password?: string;
  role?: "client" | "team" | "admin";
  fullName?: string;
}

/**
 * A confirmed account made through the admin API, as staff would, with a fresh address.
 * @example const { id, email } = await confirmedAccount(auth, { role: "team" });
 */
export async function confirmedAccount(
  auth: AuthTestStack,
  options: AccountOptions = {},
): Promise<{ id: string; email: string }> {
  const email = uniqueEmail(options.label);
  const { data, error } = await auth.admin().auth.admin.createUser({
    email,
    password: options.password ?? "correct horse",
    email_confirm: true,
    ...(options.fullName ? { user_metadata: { full_name: options.fullName } } : {}),
    app_metadata: { atrium_role: options.role ?? "client" },
  });
  expect(error).toBeNull();
  return { id: data.user?.id ?? "", email };
}
