// The people an edge-function test calls as, and the call itself as the admin app makes it
// (supabase-js `functions.invoke`), shared by the invite-user and reset-mfa suites.
import { FunctionsHttpError, type SupabaseClient } from "@supabase/supabase-js";
import { expect } from "vitest";
import { forFile } from "../../../support/for-file";
import { enrollAndVerify, PASSWORD } from "../../auth/support/mfa";
import type { EmailStack } from "../../email/support/email-stack";

export type Role = "client" | "team" | "admin";

export interface Person {
  id: string;
  email: string;
  /** Signed in with the password only: a session at aal1. */
  client: SupabaseClient;
}

/** A function's answer: its status and JSON body, a refusal as much as a success. */
export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

let counter = 0;

/** An address no other test uses. */
export function address(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@example.com`;
}

/** A confirmed account of the given role, made through the Auth admin API, signed in (aal1). */
export async function person(stack: EmailStack, role: Role, fullName: string): Promise<Person> {
  const to = address(role);
  const { data, error } = await stack.service().auth.admin.createUser({
    email: to,
    password: PASSWORD,
    email_confirm: true,
    app_metadata: { atrium_role: role },
    user_metadata: { full_name: fullName },
  });
  expect(error).toBeNull();
  return { id: data.user?.id ?? "", email: to, client: await signIn(stack, to) };
}

/** The admin the suites call as: signed in, then raised to aal2 with an authenticator app. */
export async function adminAtAal2(stack: EmailStack): Promise<Person> {
  const admin = await person(stack, "admin", "Ada Admin");
  await enrollAndVerify(admin.client, "Admin phone");
  return admin;
}

/**
 * An admin at aal2 for the tests of the enclosing describe (or file), made once before them:
 * enrolling the factor takes a while. `stack` is read then, once the file's stack has started.
 * @example describe("reset-mfa", () => { const admin = adminForTests(() => email); });
 */
export function adminForTests(stack: () => EmailStack): Person {
  return forFile(
    () => adminAtAal2(stack()),
    () => undefined,
    60_000,
  );
}

/** A fresh session of the account, with its password only (aal1). */
export async function signIn(stack: EmailStack, email: string): Promise<SupabaseClient> {
  const client = stack.anon();
  const { error } = await client.auth.signInWithPassword({ email, password: PASSWORD });
  expect(error).toBeNull();
  return client;
}

/** Calls the function as `client`; a refusal comes back as its status and JSON body. */
export async function invoke(client: SupabaseClient, name: string, body: unknown): Promise<Answer> {
  const { data, error } = await client.functions.invoke(name, {
    body: body as Record<string, unknown>,
  });
  if (error instanceof FunctionsHttpError) {
    const response = error.context as Response;
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
  expect(error).toBeNull();
  return { status: 200, body: data as Record<string, unknown> };
}

/** A refusal the function must answer: the status and the fields its body must hold. */
export type Refusal = [
  label: string,
  body: unknown,
  status: number,
  fields: Record<string, unknown>,
];

/**
 * Asserts each refusal in turn, as `caller`.
 * @example await expectRefusals(admin.client, "reset-mfa", [["not JSON", "x", 400, { code: "invalid_json" }]]);
 */
export async function expectRefusals(
  caller: SupabaseClient,
  name: string,
  refusals: Refusal[],
): Promise<void> {
  for (const [label, body, status, fields] of refusals) {
    const answer = await invoke(caller, name, body);
    expect({ label, status: answer.status }).toEqual({ label, status });
    expect(answer.body).toMatchObject(fields);
  }
}

/** The admin at aal1 (a second session, password only) is refused like a non-admin, with 403. */
export async function expectAal1AdminRefused(
  stack: EmailStack,
  admin: Person,
  name: string,
  body: unknown,
): Promise<void> {
  const answer = await invoke(await signIn(stack, admin.email), name, body);
  expect(answer.status).toBe(403);
  // Once the database itself requires aal2 of staff, the aal1 admin is simply not an admin.
  expect(["aal2_required", "not_admin"]).toContain(answer.body.code);
}
