// Refusals of the caller's identity, PostgREST 13's PGRST3xx: a token that does not decode, is
// missing while anonymous access is off, or carries wrong claims (each with PostgREST's
// `WWW-Authenticate` header), and a role the login role cannot switch to.
import { type RestError, restError } from "./errors";

function jwtError(code: string, message: string): RestError {
  return restError(401, code, message, null, null, {
    "WWW-Authenticate": `Bearer error="invalid_token", error_description="${message}"`,
  });
}

/** PGRST301: the token cannot be decoded or its signature is wrong. */
export const jwtInvalid = (message: string) => jwtError("PGRST301", message);
/** PGRST302: anonymous access is off and no token came. */
export const jwtRequired = () => jwtError("PGRST302", "Anonymous access is disabled");
/** PGRST303: the claims are wrong (expired, not yet valid, role not text). */
export const jwtClaims = (message: string) => jwtError("PGRST303", message);

/**
 * The token's role cannot be taken: Postgres' own refusal of `set role`, as PostgREST relays it
 * (an unknown role is 22023 and 401, PostgREST#3601; a role the login role may not become is 42501).
 */
export const cannotSwitchRole = (role: string, anon: boolean, exists: boolean) =>
  exists
    ? restError(anon ? 401 : 403, "42501", `permission denied to set role "${role}"`)
    : restError(401, "22023", `role "${role}" does not exist`);
