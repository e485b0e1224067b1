// The reset-mfa edge function under real Deno, called with supabase-js `functions.invoke` as the
// admin app calls it: an admin at aal2 removes a team member's factors (audit row, email in the
// mailbox), and everyone and everything else is refused with a four-field 4xx.
import type { SupabaseClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollAndVerify, enrollTotp, PASSWORD } from "../auth/support/mfa";
import { ADMIN_URL, type EmailStack, startEmailStack } from "../email/support/email-stack";
import {
  type Answer,
  adminForTests,
  expectAal1AdminRefused,
  expectRefusals,
  invoke,
  person as makePerson,
  type Role,
} from "./support/callers";

let email: EmailStack;

beforeAll(async () => {
  email = await startEmailStack();
}, 90_000);
afterAll(() => email?.stop());

const person = (role: Role, fullName: string) => makePerson(email, role, fullName);
const reset = (client: SupabaseClient, body: unknown): Promise<Answer> =>
  invoke(client, "reset-mfa", body);

async function factorIds(userId: string): Promise<string[]> {
  const rows = await email.sql<{ id: string }[]>`
    select id from auth.mfa_factors where user_id = ${userId} order by created_at`;
  return rows.map((row) => row.id);
}

async function resetEntries(userId: string) {
  return email.sql<{ id: number; actor_id: string; action: string; old_row: unknown }[]>`
    select id::int as id, actor_id, action::text as action, old_row from public.audit_logs
    where table_name = 'auth.mfa_factors' and record_id = ${userId} order by id`;
}

describe("reset-mfa", () => {
  const admin = adminForTests(() => email);

  it("lets an admin at aal2 remove a team member's factors, with an audit entry and an email", async () => {
    const member = await person("team", "Tom Team");
    const verified = await enrollAndVerify(member.client, "Old phone");
    const pending = await enrollTotp(member.client, "Never confirmed");
    expect(await factorIds(member.id)).toEqual([verified.id, pending.id]);

    const answer = await reset(admin.client, { user_id: member.id });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ user_id: member.id, removed: 2 });
    expect(await factorIds(member.id)).toEqual([]);
    const { data: listed } = await email
      .service()
      .auth.admin.mfa.listFactors({ userId: member.id });
    expect(listed?.factors).toEqual([]);

    const entries = await resetEntries(member.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: answer.body.audit_log_id,
      actor_id: admin.id,
      action: "delete",
      old_row: {
        user_id: member.id,
        factors: [
          { id: verified.id, friendly_name: "Old phone", factor_type: "totp", status: "verified" },
          {
            id: pending.id,
            friendly_name: "Never confirmed",
            factor_type: "totp",
            status: "unverified",
          },
        ],
      },
    });
    // The audit entry names the factors, never their secrets.
    expect(JSON.stringify(entries[0]?.old_row)).not.toContain(verified.secret);

    const [mail] = await email.waitForMail((message) => message.to.includes(member.email));
    expect(mail?.subject).toBe("Your two-step sign-in was reset");
    expect(mail?.text).toContain("Hello Tom Team,");
    expect(mail?.text).toContain("Ada Admin reset the two-step sign-in");
    expect(mail?.text).toContain(ADMIN_URL);
    expect(mail?.html).toContain(`href="${ADMIN_URL}"`);

    // Signing in again asks for no code: the password is the whole sign-in until they enroll.
    const again = email.anon();
    await again.auth.signInWithPassword({ email: member.email, password: PASSWORD });
    const { data: level } = await again.auth.mfa.getAuthenticatorAssuranceLevel();
    expect(level).toMatchObject({ currentLevel: "aal1", nextLevel: "aal1" });
  });

  it("refuses a team member, even at aal2, and leaves the target's factors alone", async () => {
    const caller = await person("team", "Tess Team");
    await enrollAndVerify(caller.client);
    const target = await person("team", "Theo Team");
    const factor = await enrollAndVerify(target.client);

    const answer = await reset(caller.client, { user_id: target.id });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: "not_admin", details: null });
    expect(answer.body.message).toMatch(/Only an admin/);
    expect(await factorIds(target.id)).toEqual([factor.id]);
    expect(await resetEntries(target.id)).toEqual([]);
  });

  it("refuses an admin whose own session is still at aal1", async () => {
    const target = await person("team", "Tara Team");
    const factor = await enrollAndVerify(target.client);
    await expectAal1AdminRefused(email, admin, "reset-mfa", { user_id: target.id });
    expect(await factorIds(target.id)).toEqual([factor.id]);
  });

  it("refuses an admin resetting their own factors", async () => {
    const answer = await reset(admin.client, { user_id: admin.id });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ code: "cannot_reset_self" });
    expect(answer.body.hint).toMatch(/Security page/);
    expect(await factorIds(admin.id)).toHaveLength(1);
  });

  it("refuses a client as the target, and someone who does not exist", async () => {
    const client = await person("client", "Cleo Client");
    await enrollAndVerify(client.client);
    const answer = await reset(admin.client, { user_id: client.id });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ code: "not_staff" });
    expect(await factorIds(client.id)).toHaveLength(1);

    const missing = await reset(admin.client, { user_id: "00000000-0000-4000-8000-000000000000" });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: "user_not_found" });
  });

  it("answers 409 for a staff member without factors, recording nothing", async () => {
    const member = await person("team", "Nina Nofactor");
    const answer = await reset(admin.client, { user_id: member.id });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: "no_factors" });
    expect(await resetEntries(member.id)).toEqual([]);
  });

  it("answers 400 for a body that names nobody, or is not JSON", async () => {
    await expectRefusals(admin.client, "reset-mfa", [
      [
        "no user_id",
        { user: "someone" },
        400,
        { code: "invalid_body", hint: null, details: expect.stringMatching(/user_id/) },
      ],
      ["not a uuid", { user_id: "42" }, 400, { code: "invalid_body" }],
      ["not JSON", "reset everyone", 400, { code: "invalid_json" }],
    ]);
  });

  it("answers 401 to a caller who is not signed in", async () => {
    const member = await person("team", "Otto Other");
    const answer = await reset(email.anon(), { user_id: member.id });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ code: "not_signed_in" });
  });
});
