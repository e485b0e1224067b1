// The PKCE flow as auth-js runs it: a flow_state row per emailed flow, an auth code handed out by
// the verify redirect, and its exchange for a session at /token?grant_type=pkce (GT `models/flow_state.go`).
import { randomUUID } from "node:crypto";
import type { AuthConfig } from "./config";
import { s256Challenge, safeEqual } from "./crypto";
import { badRequest, forbidden, notFound } from "./errors";
import type { Db } from "./users";
import type { VerifyType } from "./verification";

/** GoTrue's AuthenticationMethod per verification type; it also becomes the session's `amr`. */
export function authenticationMethodFor(type: VerifyType | "email_change"): string {
  switch (type) {
    case "signup":
      return "email/signup";
    case "magiclink":
    case "email":
      return "magiclink";
    default:
      return type;
  }
}

export interface PkceParams {
  code_challenge?: string | null | undefined;
  code_challenge_method?: string | null | undefined;
}

/** True when the request starts a PKCE flow; rejects half-given parameters like GoTrue. */
export function isPkce(params: PkceParams): boolean {
  const challenge = params.code_challenge ?? "";
  const method = params.code_challenge_method ?? "";
  if (!challenge && !method) {
    return false;
  }
  if (!challenge || !method) {
    throw badRequest(
      "validation_failed",
      "PKCE flow requires code_challenge_method and code_challenge",
    );
  }
  if (!["s256", "plain"].includes(method.toLowerCase())) {
    throw badRequest("validation_failed", `code challenge method not supported: ${method}`);
  }
  if (challenge.length < 43 || challenge.length > 128) {
    throw badRequest("validation_failed", "code challenge has to be between 43 and 128 characters");
  }
  return true;
}

/** Records the challenge of an emailed flow for `userId`. */
export async function createFlowState(
  tx: Db,
  userId: string,
  params: PkceParams,
  method: string,
): Promise<void> {
  await tx`
    insert into auth.flow_state (
      id, user_id, auth_code, code_challenge_method, code_challenge, provider_type,
      created_at, updated_at, authentication_method
    ) values (
      ${randomUUID()}, ${userId}, ${randomUUID()},
      ${(params.code_challenge_method ?? "").toLowerCase()}, ${params.code_challenge ?? ""},
      'email', now(), now(), ${method}
    )`;
}

/** Hands out the auth code of the user's latest flow for `method` (the verify redirect's ?code=). */
export async function issueAuthCode(tx: Db, userId: string, method: string): Promise<string> {
  const [flow] = await tx<{ id: string; auth_code: string }[]>`
    select id, auth_code from auth.flow_state
    where user_id = ${userId} and authentication_method = ${method}
    order by created_at desc limit 1`;
  if (!flow) {
    throw badRequest("flow_state_not_found", "No associated flow state found");
  }
  await tx`update auth.flow_state set auth_code_issued_at = now() where id = ${flow.id}`;
  return flow.auth_code;
}

/**
 * Redeems an auth code with its verifier, consuming the flow; returns who signed in and how.
 * @example const { userId, method } = await redeemAuthCode(tx, config, code, verifier);
 */
export async function redeemAuthCode(
  tx: Db,
  config: Pick<AuthConfig, "flowStateExpirySeconds">,
  authCode: string,
  verifier: string,
): Promise<{ userId: string; method: string }> {
  const [flow] = await tx<
    {
      id: string;
      user_id: string | null;
      code_challenge: string;
      code_challenge_method: string;
      authentication_method: string;
      auth_code_issued_at: Date | null;
    }[]
  >`
    select id, user_id, code_challenge, code_challenge_method, authentication_method,
      auth_code_issued_at
    from auth.flow_state where auth_code = ${authCode} for update`;
  if (!flow?.user_id || !flow.auth_code_issued_at) {
    throw notFound("flow_state_not_found", "invalid flow state, no valid flow state found");
  }
  if (flow.auth_code_issued_at.getTime() + config.flowStateExpirySeconds * 1000 < Date.now()) {
    throw forbidden("flow_state_expired", "invalid flow state, flow state has expired");
  }
  const expected = flow.code_challenge_method === "s256" ? s256Challenge(verifier) : verifier;
  if (!safeEqual(expected, flow.code_challenge)) {
    throw forbidden(
      "bad_code_verifier",
      "code challenge does not match previously saved code verifier",
    );
  }
  await tx`delete from auth.flow_state where id = ${flow.id}`;
  return { userId: flow.user_id, method: flow.authentication_method };
}
