// The body invite-user accepts and the answer for each refusal its database checks name
// (check_invitation, check_invitation_change). Codes name the form field they belong to
// (`invalid_email`, `unknown_company`…), so the admin's form can show each next to its input.
import { adminAtAal2Refusals, refusalsOf } from "./caller.ts";
import { issuesText, z } from "./env.ts";
import { HttpError } from "./http.ts";

const inviteBody = z.object({
  action: z.literal("invite").default("invite"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter a valid email address" })),
  role: z.enum(["client", "team", "admin"], { error: "Choose client, team or admin" }),
  company_id: z.uuid({ error: "Choose a company" }).nullish(),
  full_name: z
    .string()
    .trim()
    .max(200, { error: "Full name must be at most 200 characters" })
    .transform((value) => (value === "" ? null : value))
    .nullish(),
});

const changeBody = z.object({
  action: z.enum(["resend", "revoke"]),
  invitation_id: z.uuid({ error: "Name the invitation by its id" }),
});

export type InviteBody = z.infer<typeof inviteBody>;
export type InvitationBody = InviteBody | z.infer<typeof changeBody>;

/**
 * The body by its `action` (none means a new invitation), or a 400 naming the first bad field.
 * @example parseInvitationBody({ email: "a@b.co", role: "team" }) // { action: "invite", … }
 */
export function parseInvitationBody(body: unknown): InvitationBody {
  const action = (body as { action?: unknown } | null)?.action;
  const parsed =
    action === undefined || action === "invite"
      ? inviteBody.safeParse(body)
      : changeBody.safeParse(body);
  if (!parsed.success) {
    throw invalidBody(parsed.error);
  }
  return parsed.data;
}

/**
 * The 400 for a body that is not an invitation: the first problem, coded by its field.
 * @example throw invalidBody(parsed.error) // 400 { code: "invalid_email", message: "Enter a valid email address" }
 */
function invalidBody(error: z.ZodError): HttpError {
  const [issue] = error.issues;
  const field = String(issue?.path[0] ?? "body");
  return new HttpError(
    400,
    `invalid_${field}`,
    issue?.message ?? "Invalid body",
    issuesText(error),
  );
}

/**
 * The failure for a refusal code of the invitation checks.
 * @example throw invitationRefusal("already_user"); // 409 { code: "already_user", … }
 */
export const invitationRefusal = refusalsOf(
  {
    ...adminAtAal2Refusals("invite people", "Inviting people"),
    company_required: [422, "Choose the company this client belongs to", null],
    company_not_for_staff: [
      422,
      "Staff do not belong to a client company",
      "Leave the company empty for a team member or an admin.",
    ],
    unknown_company: [422, "No such company", null],
    already_invited: [
      409,
      "This address already has a pending invitation",
      "Re-send it from the list of pending invitations.",
    ],
    already_user: [409, "Someone already signs in with this address", null],
    invitation_not_found: [404, "No such invitation", null],
    not_pending: [409, "This invitation was already accepted or revoked", null],
  },
  "This invitation is not allowed",
);
