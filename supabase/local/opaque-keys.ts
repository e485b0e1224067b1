// Hosted Supabase's gateway accepts the opaque `sb_publishable_…` / `sb_secret_…` keys and hands
// the services the JWT of the role they stand for; the local stack does the same, once, in front
// of every service (SUPABASE-CONTRACT.md §0).
import type { ApiKeys } from "./keys";

/**
 * Returns the request with opaque keys in `apikey` and `Authorization: Bearer` swapped for the
 * matching role JWTs; any other request is returned as it is.
 * @example app.fetch(translateOpaqueKeys(request, keys))
 */
export function translateOpaqueKeys(request: Request, keys: ApiKeys): Request {
  const { apikey, authorization } = opaqueKeyJwts(
    request.headers.get("apikey"),
    request.headers.get("authorization"),
    keys,
  );
  if (!apikey && !authorization) {
    return request;
  }
  const headers = new Headers(request.headers);
  if (apikey) {
    headers.set("apikey", apikey);
  }
  if (authorization) {
    headers.set("authorization", `Bearer ${authorization}`);
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(request.url, {
    method: request.method,
    headers,
    body: hasBody ? request.body : null,
    signal: request.signal,
    // Streams a request body through unread, as undici requires for a stream body.
    ...(hasBody ? { duplex: "half" } : {}),
  } as RequestInit);
}

/** The role JWTs that an `apikey` and an `Authorization` value stand for, where they are opaque keys. */
function opaqueKeyJwts(apikey: string | null, authorization: string | null, keys: ApiKeys) {
  const bearer = /^bearer\s+(.+)$/i.exec(authorization ?? "")?.[1] ?? null;
  return { apikey: jwtFor(apikey, keys), authorization: jwtFor(bearer, keys) };
}

/** The role JWT an opaque key stands for; null for anything else. */
function jwtFor(value: string | null, keys: ApiKeys): string | null {
  return value === keys.publishableKey
    ? keys.anonKey
    : value === keys.secretKey
      ? keys.serviceRoleKey
      : null;
}

/**
 * {@link translateOpaqueKeys} for headers already read into a record (lower-case names), in place.
 * @example translateOpaqueKeyHeaders(headers, keys); authenticate((name) => headers[name]);
 */
export function translateOpaqueKeyHeaders(headers: Record<string, string>, keys: ApiKeys): void {
  const { apikey, authorization } = opaqueKeyJwts(
    headers.apikey ?? null,
    headers.authorization ?? null,
    keys,
  );
  if (apikey) {
    headers.apikey = apikey;
  }
  if (authorization) {
    headers.authorization = `Bearer ${authorization}`;
  }
}
