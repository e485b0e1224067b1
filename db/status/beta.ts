// How a beta product's status and a grant's state read, in the order a product moves through
// its statuses.
import type { BetaAccess, ProductStatus } from "../schema/beta";
import { productStatuses } from "../schema/values";
import { type StatusLook, statusOptions } from "./look";

export const productStatusLabels: Record<ProductStatus, StatusLook> = {
  draft: { label: "Draft", color: "default" },
  beta: { label: "In beta", color: "blue" },
  released: { label: "Released", color: "green" },
  retired: { label: "Retired", color: "orange" },
};

export const productStatusOptions = statusOptions(productStatuses, productStatusLabels);

/** A grant has no status column: its state follows from when it was revoked or runs out. */
export type GrantState = "live" | "expired" | "revoked";

/**
 * @example grantState({ revoked_at: null, expires_at: null }, new Date()) // "live"
 */
export function grantState(
  grant: Pick<BetaAccess, "revoked_at" | "expires_at">,
  now: Date,
): GrantState {
  if (grant.revoked_at) {
    return "revoked";
  }
  if (grant.expires_at && new Date(grant.expires_at).getTime() <= now.getTime()) {
    return "expired";
  }
  return "live";
}

export const grantStateLabels: Record<GrantState, StatusLook> = {
  live: { label: "Active", color: "green" },
  expired: { label: "Expired", color: "default" },
  revoked: { label: "Revoked", color: "red" },
};
