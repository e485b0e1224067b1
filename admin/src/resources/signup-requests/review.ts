// What the team may do with a request in each status. The database's transition guard is the
// rule (pending → confirmed | rejected, confirmed → approved | rejected); this mirrors it so the
// page offers only moves that will be accepted.
import type { SignupRequest } from "@db/schema/signup-requests";

type Status = SignupRequest["status"];
export type ReviewAction = "confirm" | "approve" | "reject";

const allowed: Record<Status, readonly ReviewAction[]> = {
  pending: ["confirm", "reject"],
  confirmed: ["approve", "reject"],
  approved: [],
  rejected: [],
};

export function reviewActions(status: Status): readonly ReviewAction[] {
  return allowed[status];
}

/** The status each action moves a request to. */
export const targetStatus: Record<ReviewAction, Status> = {
  confirm: "confirmed",
  approve: "approved",
  reject: "rejected",
};

/** How each status reads in the admin, and its tag colour. */
export const statusLabels: Record<Status, { label: string; color: string }> = {
  pending: { label: "Awaiting email", color: "default" },
  confirmed: { label: "To review", color: "blue" },
  approved: { label: "Approved", color: "green" },
  rejected: { label: "Rejected", color: "red" },
};

/** The list's tabs, the work queue first. */
export const statusTabs: { key: Status | "all"; label: string }[] = [
  { key: "confirmed", label: "To review" },
  { key: "pending", label: "Awaiting email" },
  { key: "approved", label: "Approved" },
  { key: "rejected", label: "Rejected" },
  { key: "all", label: "All" },
];
