// How a sign-up request's status reads to the team, and the moves the team may make. The
// database's transition guard is the rule (pending → confirmed | rejected, confirmed → approved |
// rejected); this mirrors it so a screen offers only moves that will be accepted.
import type { SignupRequest } from "../schema/signup-requests";
import type { StatusLook } from "./look";

type Status = SignupRequest["status"];
export type ReviewAction = "confirm" | "approve" | "reject";

export const signupStatusLabels: Record<Status, StatusLook> = {
  pending: { label: "Awaiting email", color: "default" },
  confirmed: { label: "To review", color: "blue" },
  approved: { label: "Approved", color: "green" },
  rejected: { label: "Rejected", color: "red" },
};

const allowed: Record<Status, readonly ReviewAction[]> = {
  pending: ["confirm", "reject"],
  confirmed: ["approve", "reject"],
  approved: [],
  rejected: [],
};

/** @example reviewActions("pending") // ["confirm", "reject"] */
export function reviewActions(status: Status): readonly ReviewAction[] {
  return allowed[status];
}

/** The status each action moves a request to. */
export const targetStatus: Record<ReviewAction, Status> = {
  confirm: "confirmed",
  approve: "approved",
  reject: "rejected",
};
