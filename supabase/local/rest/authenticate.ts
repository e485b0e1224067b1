// The caller of one request: the bearer JWT verified as PostgREST does
// (https://docs.postgrest.org/en/stable/references/auth.html) and turned into a role and claims.
import { errors as joseErrors, jwtVerify } from "jose";
import type { RestConfig } from "./config";
import { invalidApiKey, noApiKey } from "./errors";
import { jwtClaims, jwtInvalid, jwtRequired } from "./jwt-errors";

export interface Caller {
  role: string;
  /** The whole claim set, with `role` filled in when it was defaulted. */
  claims: Record<string, unknown>;
  isAnon: boolean;
}

type HeaderReader = (name: string) => string | undefined;

/** Clock skew PostgREST tolerates on exp, nbf and iat. */
const LEEWAY_SECONDS = 30;
const CACHE_LIMIT = 1000;

/**
 * Authenticates one request. Awaiting it always works; `immediate` gives the caller itself when
 * nothing needs waiting for (no token, or a token verified before and not yet expired), sparing
 * a cheap request a promise and a turn of the event loop.
 */
export interface Authenticator {
  (header: HeaderReader): Promise<Caller>;
  immediate(header: HeaderReader): Caller | Promise<Caller>;
}

/**
 * Builds the per-request authenticator; verified tokens are cached until they expire (a bounded
 * LRU), since HMAC-verifying the same session token on every request is wasted work.
 * @example const caller = await authenticate((name) => c.req.header(name));
 */
export function createAuthenticator(config: RestConfig): Authenticator {
  const key = new TextEncoder().encode(config.jwtSecret);
  /** Token → its claims and the caller made from them, least recently used first. */
  const verified = new Map<string, { claims: Record<string, unknown>; caller: Caller }>();
  const anon: Caller = Object.freeze({
    role: config.PGRST_DB_ANON_ROLE,
    claims: Object.freeze({ role: config.PGRST_DB_ANON_ROLE }),
    isAnon: true,
  });

  function callerOf(claims: Record<string, unknown>): Caller {
    const role = claims.role ?? config.PGRST_DB_ANON_ROLE;
    if (typeof role !== "string" || role === "") {
      throw jwtClaims("JWT claim role is not a string");
    }
    // Shared by every request with this token until it expires, so frozen.
    return Object.freeze({
      role,
      claims: Object.freeze({ ...claims, role }),
      isAnon: role === config.PGRST_DB_ANON_ROLE,
    });
  }

  async function verify(token: string): Promise<Caller> {
    if (token.split(".").length !== 3) {
      throw jwtInvalid(`Expected 3 parts in JWT; got ${token.split(".").length}`);
    }
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, key, {
        algorithms: ["HS256"],
        clockTolerance: LEEWAY_SECONDS,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw jwtClaims("JWT expired");
      }
      if (error instanceof joseErrors.JWTClaimValidationFailed) {
        throw jwtClaims(
          error.claim === "nbf" ? "JWT not yet valid" : `JWT claim ${error.claim} is invalid`,
        );
      }
      throw jwtInvalid("JWT cryptographic operation failed");
    }
    checkTimes(payload);
    const caller = callerOf(payload);
    if (verified.size >= CACHE_LIMIT) {
      const oldest = verified.keys().next();
      if (!oldest.done) {
        verified.delete(oldest.value);
      }
    }
    verified.set(token, { claims: payload, caller });
    return caller;
  }

  function immediate(header: HeaderReader): Caller | Promise<Caller> {
    const apikey = header("apikey");
    if (config.REST_REQUIRE_APIKEY && !(apikey && config.apiKeys.includes(apikey))) {
      throw apikey ? invalidApiKey() : noApiKey();
    }
    const authorization = header("authorization");
    let token: string | undefined;
    if (authorization !== undefined) {
      const match = /^bearer(?:\s+(.*))?$/i.exec(authorization.trim());
      if (match) {
        token = (match[1] ?? "").trim();
        if (token === "") {
          throw jwtInvalid("Empty JWT is sent in Authorization header");
        }
      }
    } else if (apikey && apikey.split(".").length === 3) {
      // Hosted Supabase's gateway forwards the apikey as the bearer when there is none.
      token = apikey;
    }
    if (token === undefined) {
      if (config.PGRST_DB_ANON_ROLE === "") {
        throw jwtRequired();
      }
      return anon;
    }
    const known = verified.get(token);
    if (known) {
      checkTimes(known.claims);
      verified.delete(token);
      verified.set(token, known);
      return known.caller;
    }
    return verify(token);
  }

  const authenticate = (async (header: HeaderReader) => immediate(header)) as Authenticator;
  authenticate.immediate = immediate;
  return authenticate;
}

/**
 * Throws PGRST303 once the claims' exp, nbf or iat no longer hold: a caller remembered from an
 * earlier request is checked again with this before it is trusted.
 * @example checkTimes(caller.claims);
 */
export function checkTimes(claims: Record<string, unknown>): void {
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp === "number" && now - LEEWAY_SECONDS > claims.exp) {
    throw jwtClaims("JWT expired");
  }
  if (typeof claims.nbf === "number" && now + LEEWAY_SECONDS < claims.nbf) {
    throw jwtClaims("JWT not yet valid");
  }
  if (typeof claims.iat === "number" && now + LEEWAY_SECONDS < claims.iat) {
    throw jwtClaims("JWT issued at future");
  }
}
