// The user object on the wire, field for field as GoTrue marshals models.User: null timestamps are
// omitted (Go `omitempty`), email and phone are strings, identities always an array.
import { type FactorRow, factorJson } from "./factors";
import type { IdentityRow, UserRow } from "./users";

type Json = Record<string, unknown>;

const iso = (value: Date | null | undefined) => (value ? value.toISOString() : undefined);

/** Drops undefined values, as `omitempty` does, keeping the key order of the literal. */
function compact(object: Record<string, unknown>): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** One identity as GoTrue marshals models.Identity (`identity_id` is the row id, `id` the provider id). */
function identityJson(identity: IdentityRow): Json {
  return compact({
    identity_id: identity.id,
    id: identity.provider_id,
    user_id: identity.user_id,
    identity_data: identity.identity_data,
    provider: identity.provider,
    last_sign_in_at: iso(identity.last_sign_in_at),
    created_at: iso(identity.created_at),
    updated_at: iso(identity.updated_at),
    email: identity.email ?? undefined,
  });
}

/**
 * Serialises a user with its identities and MFA factors (`factors` is left out when there are
 * none, as GoTrue's `omitempty` does; auth-js reads it for listFactors and the assurance level).
 * @example c.json(userJson(user, await loadIdentities(db, user.id), await loadFactors(db, user.id)))
 */
export function userJson(
  user: UserRow,
  identities: IdentityRow[],
  factors: FactorRow[] = [],
): Json {
  return compact({
    id: user.id,
    aud: user.aud ?? "",
    role: user.role ?? "",
    email: user.email ?? "",
    email_confirmed_at: iso(user.email_confirmed_at),
    invited_at: iso(user.invited_at),
    phone: user.phone ?? "",
    phone_confirmed_at: iso(user.phone_confirmed_at),
    confirmation_sent_at: iso(user.confirmation_sent_at),
    confirmed_at: iso(user.confirmed_at),
    recovery_sent_at: iso(user.recovery_sent_at),
    new_email: user.email_change || undefined,
    email_change_sent_at: iso(user.email_change_sent_at),
    last_sign_in_at: iso(user.last_sign_in_at),
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    factors: factors.length > 0 ? factors.map(factorJson) : undefined,
    identities: identities.map(identityJson),
    created_at: iso(user.created_at),
    updated_at: iso(user.updated_at),
    banned_until: iso(user.banned_until),
    deleted_at: iso(user.deleted_at),
    is_anonymous: user.is_anonymous,
  });
}

/**
 * GoTrue's sanitizeUser: what a repeated sign-up of a confirmed address answers, so the reply looks
 * like a fresh sign-up (random id, no identities) and reveals nothing about the real account.
 */
export function obfuscatedUserJson(
  email: string,
  aud: string,
  role: string,
  data: Json,
  id: string,
): Json {
  const now = new Date().toISOString();
  return {
    id,
    aud,
    role,
    email,
    phone: "",
    confirmation_sent_at: now,
    app_metadata: { provider: "email", providers: ["email"] },
    // GoTrue echoes only `data` here; adding the identity claims a real sign-up carries keeps the
    // two replies indistinguishable apart from `identities: []`, the documented signal.
    user_metadata: { ...data, sub: id, email, email_verified: false, phone_verified: false },
    identities: [],
    created_at: now,
    updated_at: now,
    is_anonymous: false,
  };
}
