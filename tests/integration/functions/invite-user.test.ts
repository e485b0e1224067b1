// The invite-user edge function under real Deno, called with supabase-js `functions.invoke` as the
// admin app calls it: an admin at aal2 invites a client contact (account with the right access, an
// invitations row, an email whose link signs them in), re-sends and revokes; everyone and
// everything else is refused with a four-field 4xx.
import type { SupabaseClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollAndVerify } from "../auth/support/mfa";
import { type EmailStack, PORTAL_URL, startEmailStack } from "../email/support/email-stack";
import {
  address,
  adminForTests,
  expectAal1AdminRefused,
  expectRefusals,
  invoke,
  person,
  type Role,
} from "./support/callers";

let email: EmailStack;
let companyId: string;

beforeAll(async () => {
  email = await startEmailStack();
  const [company] = await email.sql<{ id: string }[]>`
    insert into public.companies (name, status) values ('Invitee Industries', 'active') returning id`;
  companyId = company?.id ?? "";
}, 90_000);
afterAll(() => email?.stop());

const signedIn = (role: Role, fullName: string) => person(email, role, fullName);
const call = (client: SupabaseClient, body: unknown) => invoke(client, "invite-user", body);

/** The invitation emails to `to` (once `count` arrived), each with its portal link and token. */
async function inviteMails(to: string, count = 1) {
  const mails = await email.waitForMail((message) => message.to.includes(to), { count });
  return mails.map((mail) => {
    const link = /(http:\/\/portal\.test\/\S+)/.exec(mail.text ?? "")?.[1] ?? "";
    return { mail, link, tokenHash: new URL(link).searchParams.get("token_hash") ?? "" };
  });
}

async function invitationsTo(to: string) {
  return email.sql<{ id: string; status: string; role: string; invited_by: string }[]>`
    select id, status::text as status, role::text as role, invited_by
    from public.invitations where email = ${to} order by created_at`;
}

describe("invite-user", () => {
  const admin = adminForTests(() => email);

  it("invites a client contact: the right access, an audit row, an email whose link signs them in", async () => {
    const to = address("contact");
    const answer = await call(admin.client, {
      email: ` ${to.toUpperCase()} `,
      role: "client",
      company_id: companyId,
      full_name: "Cora Contact",
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ email: to, role: "client", status: "pending" });

    const [profile] = await email.sql`
      select role::text as role, company_id, full_name from public.profiles where email = ${to}`;
    expect(profile).toEqual({ role: "client", company_id: companyId, full_name: "Cora Contact" });
    expect(await invitationsTo(to)).toMatchObject([{ status: "pending", invited_by: admin.id }]);
    const audits = await email.sql`
      select actor_id from public.audit_logs
      where table_name = 'invitations' and record_id = ${String(answer.body.id)}`;
    expect(audits).toEqual([{ actor_id: admin.id }]);

    const [{ mail, link, tokenHash }] = (await inviteMails(to)) as [
      Awaited<ReturnType<typeof inviteMails>>[number],
    ];
    expect(mail?.subject).toBe("Ada Admin invited you to Atrium");
    expect(mail?.text).toContain("Hello Cora Contact,");
    expect(mail?.text).toContain("to follow the projects of Invitee Industries");
    expect(link.startsWith(`${PORTAL_URL}/auth/confirm?`)).toBe(true);
    expect(new URL(link).searchParams.get("type")).toBe("invite");

    const invited = email.anon();
    const { data, error } = await invited.auth.verifyOtp({ token_hash: tokenHash, type: "invite" });
    expect(error).toBeNull();
    expect(data.user?.email).toBe(to);
    // The person cannot give themselves more: user metadata is theirs, the role is not in it.
    await invited.auth.updateUser({ data: { atrium_role: "admin" }, password: "a new password" });
    const [after] =
      await email.sql`select role::text as role from public.profiles where email = ${to}`;
    expect(after).toEqual({ role: "client" });
    expect(await invitationsTo(to)).toMatchObject([{ status: "accepted" }]);
    // …nor read the invitations.
    const { data: seen } = await invited.from("invitations").select("id");
    expect(seen).toEqual([]);
  });

  it("re-sends with a new link that replaces the old one, and revokes so no link works", async () => {
    const to = address("staff");
    const answer = await call(admin.client, { email: to, role: "team" });
    expect(answer.status).toBe(200);
    const [first] = await inviteMails(to);
    expect(first?.mail.text).toContain("to join the team");

    const resent = await call(admin.client, { action: "resend", invitation_id: answer.body.id });
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ sent_count: 2, status: "pending" });
    const tokens = (await inviteMails(to, 2)).map((item) => item.tokenHash);
    const second = tokens.find((token) => token !== first?.tokenHash) ?? "";
    expect(new Set(tokens).size).toBe(2);
    const stale = await email
      .anon()
      .auth.verifyOtp({ token_hash: first?.tokenHash ?? "", type: "invite" });
    expect(stale.error?.status).toBe(403);

    const revoked = await call(admin.client, { action: "revoke", invitation_id: answer.body.id });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: "revoked" });
    const dead = await email.anon().auth.verifyOtp({ token_hash: second, type: "invite" });
    expect(dead.error).not.toBeNull();
    expect(await email.sql`select id from public.profiles where email = ${to}`).toEqual([]);

    const again = await call(admin.client, { action: "revoke", invitation_id: answer.body.id });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: "not_pending" });
    // The address is free again: a new invitation may go out.
    expect((await call(admin.client, { email: to, role: "admin" })).status).toBe(200);
  });

  it("answers 409 for an address that already signs in or is already invited", async () => {
    const existing = await signedIn("client", "Eve Existing");
    const taken = await call(admin.client, { email: existing.email, role: "team" });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: "already_user" });

    const to = address("twice");
    expect((await call(admin.client, { email: to, role: "team" })).status).toBe(200);
    const twice = await call(admin.client, { email: to, role: "team" });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: "already_invited" });
    expect(twice.body.hint).toMatch(/Re-send/);
  });

  it("answers 422 for an unknown company, a client without one, and staff with one", async () => {
    await expectRefusals(admin.client, "invite-user", [
      [
        "unknown company",
        {
          email: address("nocompany"),
          role: "client",
          company_id: "00000000-0000-4000-8000-000000000000",
        },
        422,
        { code: "unknown_company", message: "No such company" },
      ],
      [
        "client without a company",
        { email: address("client"), role: "client" },
        422,
        { code: "company_required" },
      ],
      [
        "staff with a company",
        { email: address("team"), role: "team", company_id: companyId },
        422,
        { code: "company_not_for_staff" },
      ],
    ]);
  });

  it("answers 400 for a bad email, an unknown role or a body that is not JSON", async () => {
    await expectRefusals(admin.client, "invite-user", [
      [
        "bad email",
        { email: "not-an-email", role: "team" },
        400,
        { code: "invalid_email", message: "Enter a valid email address" },
      ],
      ["unknown role", { email: address("role"), role: "owner" }, 400, { code: "invalid_role" }],
      ["not JSON", "invite everyone", 400, { code: "invalid_json" }],
    ]);
  });

  it("refuses a team member at aal2 and an admin at aal1 with 403, creating nobody", async () => {
    const member = await signedIn("team", "Tess Team");
    await enrollAndVerify(member.client);
    const to = address("refused");
    const team = await call(member.client, { email: to, role: "admin" });
    expect(team.status).toBe(403);
    expect(team.body).toMatchObject({ code: "not_admin" });

    await expectAal1AdminRefused(email, admin, "invite-user", { email: to, role: "admin" });

    const revoke = await call(member.client, {
      action: "revoke",
      invitation_id: "00000000-0000-4000-8000-000000000000",
    });
    expect(revoke.status).toBe(403);
    expect(await email.sql`select id from public.profiles where email = ${to}`).toEqual([]);
    expect(await invitationsTo(to)).toEqual([]);
  });

  it("answers 401 to a caller who is not signed in", async () => {
    const answer = await call(email.anon(), { email: address("anon"), role: "client" });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ code: "not_signed_in" });
  });
});
