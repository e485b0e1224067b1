// invite-user: an admin invites a staff member or a client contact by email (issue 15), re-sends
// a pending invitation or revokes it. The service-role key stays here. The caller's own JWT asks
// the database whether they may (check_invitation / check_invitation_change run as them, under
// RLS) and writes the invitations row (so the audit trigger names them); Auth's admin API makes
// the account with its access in app_metadata (which only the service role writes, so the person
// cannot change it) and the invite link, and queue_invitation_email puts the email in the outbox.
import { confirmUrl } from "../_shared/auth-email.ts";
import { checkAsCaller, jsonBody, personCalling } from "../_shared/caller.ts";
import { parseEnv, supabaseEnv, z } from "../_shared/env.ts";
import { HttpError, handle, json } from "../_shared/http.ts";
import { type InviteBody, invitationRefusal, parseInvitationBody } from "../_shared/invitations.ts";
import { type SupabaseClient, serviceClient } from "../_shared/supabase.ts";

const env = parseEnv(
  z.object({
    ...supabaseEnv,
    SUPABASE_ANON_KEY: z.string().min(1),
    /** Where the invite link lands: the portal's confirm page verifies it on a click. */
    PORTAL_URL: z.url(),
  }),
);

const service = serviceClient(env.SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY);
const callerOf = personCalling(service, env, "Sign in as an admin to invite people");

interface Caller {
  id: string;
  /** Acts as the caller: Postgres applies their role and RLS. */
  db: SupabaseClient;
}

/** Fails with the refusal the database named, if any. */
function check(caller: Caller, fn: string, args: Record<string, unknown>): Promise<void> {
  return checkAsCaller(caller.db, fn, args, invitationRefusal, "invitation");
}

/** Changes the invitation as the caller (so the audit trigger names them), answering the row. */
async function updateInvitation(
  caller: Caller,
  invitationId: string,
  patch: Record<string, unknown>,
  columns: string,
  failure: string,
): Promise<Response> {
  const { data, error } = await caller.db
    .from("invitations")
    .update(patch)
    .eq("id", invitationId)
    .select(columns)
    .single();
  if (error || !data) {
    console.error("update invitation failed", error);
    throw new HttpError(500, "record_failed", failure);
  }
  return json(data);
}

/**
 * A fresh invite link for the (unconfirmed) account, which replaces the previous one: Auth keeps
 * one live confirmation token per user. Mailed by us, through the outbox, not by Auth.
 */
async function mailInviteLink(invitationId: string, email: string): Promise<void> {
  const { data, error } = await service.auth.admin.generateLink({ type: "invite", email });
  if (error || !data.properties) {
    if (error?.code === "email_exists") {
      throw invitationRefusal("not_pending");
    }
    console.error("generateLink failed", error);
    throw new HttpError(500, "link_failed", "Could not make the invite link");
  }
  const { hashed_token: hash, email_otp: otp } = data.properties;
  const { error: queueError } = await service.rpc("queue_invitation_email", {
    invitation_id: invitationId,
    confirm_url: confirmUrl(env.PORTAL_URL, hash, "invite", ""),
    otp,
  });
  if (queueError) {
    console.error("queue_invitation_email failed", queueError);
    throw new HttpError(500, "enqueue_failed", "Could not queue the invitation email");
  }
}

/** Undoes an account made for an invitation that could not be completed. */
async function dropAccount(userId: string): Promise<void> {
  const { error } = await service.auth.admin.deleteUser(userId);
  if (error && error.status !== 404) {
    console.error("deleteUser failed", error);
  }
}

async function invite(caller: Caller, body: InviteBody): Promise<Response> {
  const companyId = body.company_id ?? null;
  await check(caller, "check_invitation", {
    invite_email: body.email,
    invite_role: body.role,
    invite_company_id: companyId,
  });

  // The access goes into app_metadata, which the sign-up trigger reads for the profile.
  const { data: created, error: createError } = await service.auth.admin.createUser({
    email: body.email,
    email_confirm: false,
    user_metadata: body.full_name ? { full_name: body.full_name } : {},
    app_metadata: { atrium_role: body.role, company_id: companyId },
  });
  if (createError || !created.user) {
    if (createError?.code === "email_exists") {
      throw invitationRefusal("already_user");
    }
    console.error("createUser failed", createError);
    throw new HttpError(500, "create_failed", "Could not create the account");
  }
  const userId = created.user.id;

  const { data: row, error: insertError } = await caller.db
    .from("invitations")
    .insert({
      email: body.email,
      full_name: body.full_name ?? null,
      role: body.role,
      company_id: companyId,
      user_id: userId,
    })
    .select("id, email, role, company_id, user_id, status")
    .single();
  if (insertError || !row) {
    await dropAccount(userId);
    // Another admin's invitation of the same address won the race.
    if (insertError?.code === "23505") {
      throw invitationRefusal("already_invited");
    }
    console.error("insert invitation failed", insertError);
    throw new HttpError(500, "record_failed", "Could not record the invitation");
  }
  try {
    await mailInviteLink(row.id, body.email);
  } catch (error) {
    await dropAccount(userId);
    await service.from("invitations").update({ status: "revoked" }).eq("id", row.id);
    throw error;
  }
  return json(row);
}

async function pendingInvitation(id: string) {
  const { data, error } = await service
    .from("invitations")
    .select("id, email, user_id, sent_count")
    .eq("id", id)
    .single();
  if (error || !data) {
    throw invitationRefusal("invitation_not_found");
  }
  return data;
}

async function resend(caller: Caller, invitationId: string): Promise<Response> {
  await check(caller, "check_invitation_change", { invitation_id: invitationId });
  const invitation = await pendingInvitation(invitationId);
  const answer = await updateInvitation(
    caller,
    invitationId,
    { sent_count: invitation.sent_count + 1, last_sent_at: new Date().toISOString() },
    "id, status, sent_count, last_sent_at",
    "Could not record the re-send",
  );
  await mailInviteLink(invitationId, invitation.email);
  return answer;
}

async function revoke(caller: Caller, invitationId: string): Promise<Response> {
  await check(caller, "check_invitation_change", { invitation_id: invitationId });
  const invitation = await pendingInvitation(invitationId);
  if (invitation.user_id) {
    const { data: account } = await service.auth.admin.getUserById(invitation.user_id);
    if (account.user?.email_confirmed_at) {
      throw invitationRefusal("not_pending");
    }
    // The unconfirmed account goes, and its invite token with it: the link can no longer sign
    // anyone in (as revoking an invitation in Supabase's dashboard deletes the user).
    const { error } = await service.auth.admin.deleteUser(invitation.user_id);
    if (error && error.status !== 404) {
      console.error("deleteUser failed", error);
      throw new HttpError(500, "revoke_failed", "Could not revoke the invitation; try again");
    }
  }
  return updateInvitation(
    caller,
    invitationId,
    { status: "revoked", revoked_at: new Date().toISOString(), revoked_by: caller.id },
    "id, status, revoked_at",
    "The link was revoked, but not recorded",
  );
}

Deno.serve(
  handle(async (request) => {
    const caller = await callerOf(request);
    const body = parseInvitationBody(await jsonBody(request, '{ "email", "role", "company_id" }'));
    if (body.action === "invite") {
      return invite(caller, body);
    }
    return body.action === "resend"
      ? resend(caller, body.invitation_id)
      : revoke(caller, body.invitation_id);
  }),
);
