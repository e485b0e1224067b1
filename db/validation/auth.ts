// What the portal's sign-in, one-time-code, recovery and new-password forms ask, with the words
// they show; the sign-up form's schema is in ./signup.
import { z } from "zod/v4";
import { email, requiredText } from "./fields";

export const passwordRequiredMessage = "Password is required";
export const codeMessage = "Enter the 6 digits";
export const passwordsDifferMessage = "The two passwords differ";

/** A new password, as Supabase Auth accepts it (bcrypt reads at most 72 bytes). */
export const newPassword = z
  .string({ error: passwordRequiredMessage })
  .min(8, { error: "Use at least 8 characters" })
  .max(72, { error: "Use at most 72 characters" });

/** Sign-in with a password; the current password is checked by Auth, not here. */
export const signInSchema = z.object({
  email,
  password: z.string({ error: passwordRequiredMessage }).min(1, { error: passwordRequiredMessage }),
});

/** A recovery or sign-in link asked for by address. */
export const emailOnlySchema = z.object({ email });

/** The 6-digit code from an Auth email, with the address it was sent to. */
export const otpSchema = z.object({
  email,
  code: z
    .string({ error: codeMessage })
    .trim()
    .regex(/^\d{6}$/, { error: codeMessage }),
});

/** Choosing a password after a recovery or invite link: typed twice, the same both times. */
export const choosePasswordSchema = z
  .object({ password: newPassword, repeat: z.string().optional() })
  .refine((values) => values.password === values.repeat, {
    error: passwordsDifferMessage,
    path: ["repeat"],
  });

/** A code from an authenticator app (TOTP, RFC 6238): six digits, spaces tolerated. */
export const totpCodeSchema = z.object({
  code: z
    .string({ error: codeMessage })
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, { error: codeMessage })),
});

/** The name a staff member gives an authenticator app, unique among their factors. */
export const factorNameSchema = z.object({
  friendly_name: requiredText("Name of the app or device", 120),
});
