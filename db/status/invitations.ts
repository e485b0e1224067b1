// How an invitation's state reads: pending until the person follows the link (accepted) or an
// admin withdraws it (revoked, which also deletes the unconfirmed account so the link fails).
import { type InvitationStatus, invitationStatuses } from "../schema/invitations";
import { type StatusLook, statusOptions } from "./look";

export const invitationStatusLabels: Record<InvitationStatus, StatusLook> = {
  pending: { label: "Pending", color: "gold" },
  accepted: { label: "Accepted", color: "green" },
  revoked: { label: "Revoked", color: "default" },
};

export const invitationStatusOptions = statusOptions(invitationStatuses, invitationStatusLabels);
