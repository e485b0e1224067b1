// auth.audit_log_entries as GoTrue writes them (GT `models/audit_log_entry.go`): one row per
// account event, so Studio-style log views and forensic queries read the same trail as on hosted.
import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import { type Db, NIL_UUID, type UserRow } from "./users";

export type AuditAction =
  | "login"
  | "logout"
  | "user_signedup"
  | "user_confirmation_requested"
  | "user_repeated_signup"
  | "user_recovery_requested"
  | "user_reauthenticate_requested"
  | "user_updated_password"
  | "user_modified"
  | "user_invited"
  | "user_deleted"
  | "token_refreshed"
  | "token_revoked"
  | "factor_in_progress"
  | "factor_unenrolled"
  | "challenge_created"
  | "verification_attempted"
  | "factor_deleted";

/** Admin actions made with the service-role key have no user behind them; GoTrue logs a nil actor. */
export const SERVICE_ACTOR = { id: NIL_UUID, email: "service_role", raw_user_meta_data: null };

/** GoTrue's actionLogTypeMap. */
const logTypes: Record<AuditAction, "account" | "team" | "token" | "user" | "factor"> = {
  login: "account",
  logout: "account",
  user_signedup: "team",
  user_confirmation_requested: "user",
  user_repeated_signup: "user",
  user_recovery_requested: "user",
  user_reauthenticate_requested: "user",
  user_updated_password: "user",
  user_modified: "user",
  user_invited: "team",
  user_deleted: "team",
  token_refreshed: "token",
  token_revoked: "token",
  factor_in_progress: "factor",
  factor_unenrolled: "factor",
  challenge_created: "factor",
  verification_attempted: "factor",
  factor_deleted: "factor",
};

/**
 * Appends one audit entry for `actor` in the caller's transaction.
 * @example await audit(tx, user, "login", client.ip, { provider: "email" });
 */
export async function audit(
  tx: Db,
  actor: Pick<UserRow, "id" | "email" | "raw_user_meta_data">,
  action: AuditAction,
  ip: string,
  traits?: Record<string, unknown>,
): Promise<void> {
  const payload: Record<string, unknown> = {
    actor_id: actor.id,
    actor_via_sso: false,
    action,
    log_type: logTypes[action],
  };
  const name = actor.raw_user_meta_data?.full_name;
  if (typeof name === "string") {
    payload.actor_name = name;
  }
  if (actor.email) {
    payload.actor_username = actor.email;
  }
  if (traits) {
    payload.traits = traits;
  }
  await tx`
    insert into auth.audit_log_entries (instance_id, id, payload, created_at, ip_address)
    values (${NIL_UUID}, ${randomUUID()}, ${tx.json(payload as postgres.JSONValue)}, clock_timestamp(),
      ${ip.slice(0, 64)})`;
}
