// The email actions of Supabase Auth, as its Send Email hook names them and /verify takes them
// back (docs `guides/auth/auth-hooks/send-email-hook`). Read by the local Auth (Node) and by the
// send-auth-email function (Deno), so it imports nothing.

/** The actions whose email carries a token that /verify consumes. */
export const verifyTypes = [
  "signup",
  "invite",
  "magiclink",
  "recovery",
  "email_change",
  "email",
] as const;

export type VerifyType = (typeof verifyTypes)[number];

/** Every action the hook mails: those, and `reauthentication`, whose code only `updateUser` takes. */
export const emailActionTypes = [...verifyTypes, "reauthentication"] as const;
