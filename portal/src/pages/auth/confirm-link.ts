// What the confirm page reads from the link in an Auth email (built by send-auth-email):
// `token_hash`, `type` and `redirect_to`. Pure, so the rules are unit-tested without a browser.
import { portalPaths } from "@db/routes/portal";

const otpTypes = ["signup", "invite", "magiclink", "recovery", "email_change", "email"] as const;

/** The email kinds GoTrue links to this page (supabase-js's OtpType, without its catch-all). */
export type OtpType = (typeof otpTypes)[number];

/** Where the portal serves the confirm page; send-auth-email builds its links to this path. */
export const confirmPath = portalPaths.confirm;

export type ConfirmLink =
  | { ok: true; tokenHash: string; type: OtpType; next: string }
  | { ok: false; type: OtpType; next: string; reason: "missing" | "malformed" };

function isOtpType(value: string | null): value is OtpType {
  return otpTypes.includes(value as OtpType);
}

/**
 * Where to go after verifying: `redirect_to` only when it stays on this portal, so a crafted link
 * cannot bounce a freshly signed-in person to another site, and never this page again.
 * @example safeNext("https://portal.test/projects?x=1", "https://portal.test") // "/projects?x=1"
 */
export function safeNext(redirectTo: string | null, origin: string): string {
  if (!redirectTo) {
    return "/";
  }
  try {
    const target = new URL(redirectTo, origin);
    // Back to this page would only show a spent link.
    if (target.origin !== origin || target.pathname === confirmPath) {
      return "/";
    }
    return `${target.pathname}${target.search}${target.hash}`;
  } catch {
    return "/";
  }
}

/**
 * @example parseConfirmLink("?token_hash=abc&type=signup", "https://portal.test")
 *   // { ok: true, tokenHash: "abc", type: "signup", next: "/" }
 */
export function parseConfirmLink(search: string, origin: string): ConfirmLink {
  const query = new URLSearchParams(search);
  const rawType = query.get("type");
  const type = isOtpType(rawType) ? rawType : "signup";
  const next = safeNext(query.get("redirect_to"), origin);
  const tokenHash = query.get("token_hash")?.trim() ?? "";
  // GoTrue's hashes are hex (with `pkce_` under PKCE); anything else is a mangled link.
  if (!tokenHash) {
    // No token at all: the person came from a reminder or typed the address, not from a link.
    return { ok: false, type, next, reason: "missing" };
  }
  if (!isOtpType(rawType) || !/^(pkce_)?[0-9a-f]{16,}$/i.test(tokenHash)) {
    return { ok: false, type, next, reason: "malformed" };
  }
  return { ok: true, tokenHash, type, next };
}

/** Whether the person must choose a password right after verifying. */
export function needsPassword(type: OtpType): boolean {
  return type === "recovery" || type === "invite";
}

/** The group of the page's words (`auth.confirm.<group>.title|action|done`) per kind of email. */
export const confirmCopy: Record<
  OtpType,
  "signup" | "signIn" | "recovery" | "invite" | "emailChange"
> = {
  signup: "signup",
  email: "signIn",
  magiclink: "signIn",
  recovery: "recovery",
  invite: "invite",
  email_change: "emailChange",
};
