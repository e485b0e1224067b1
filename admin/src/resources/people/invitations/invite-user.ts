// The admin's side of the invite-user edge function: invite, re-send and revoke, each answering
// the function's refusal with its code so a form can put it next to the field it is about.
import type { Invitation } from "@db/schema/invitations";
import { type FunctionErrorBody, functionErrorBody } from "@supabase-client/function-error";
import { supabase } from "../../../supabase";

export type InviteValues = Pick<Invitation, "email" | "role"> &
  Partial<Pick<Invitation, "company_id" | "full_name">>;

type Answer = { ok: true } | ({ ok: false } & FunctionErrorBody);

async function invoke(body: Record<string, unknown>): Promise<Answer> {
  const { error } = await supabase.functions.invoke("invite-user", { body });
  return error ? { ok: false, ...(await functionErrorBody(error)) } : { ok: true };
}

/** @example await inviteUser({ email: "cora@acme.test", role: "client", company_id }) */
export const inviteUser = (values: InviteValues) => invoke({ action: "invite", ...values });

/** @example await changeInvitation("resend", invitation.id) */
export const changeInvitation = (action: "resend" | "revoke", invitationId: string) =>
  invoke({ action, invitation_id: invitationId });

/** The form field a refusal is about (the function codes bad input by field); null for none. */
export function fieldOfRefusal(code: string | null): keyof InviteValues | null {
  switch (code) {
    case "invalid_email":
    case "already_user":
    case "already_invited":
      return "email";
    case "invalid_role":
      return "role";
    case "invalid_company_id":
    case "unknown_company":
    case "company_required":
    case "company_not_for_staff":
      return "company_id";
    case "invalid_full_name":
      return "full_name";
    default:
      return null;
  }
}
