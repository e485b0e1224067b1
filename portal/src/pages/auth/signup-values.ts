// From the sign-up form's fields to db/validation's sign-up form: where the visit came from
// (utm_* parameters), the language, and field errors keyed the way antd's Form names fields.
import { type SignupForm, signupFormSchema } from "@db/validation/signup";
import { type FieldError, fieldErrors } from "@supabase-client/forms/field-errors";

/** The utm_* parameters of the page address, as the request's `utm`. */
export function utmFrom(search: string): Record<string, string> {
  const utm: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (/^utm_[a-z]+$/.test(key) && value) {
      utm[key] = value.slice(0, 200);
    }
  }
  return utm;
}

/** The portal's two languages; anything else reads English. */
export function preferredLocale(languages: readonly string[]): "en" | "fr" {
  return languages[0]?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/**
 * @returns the parsed form, or the errors to put next to each field.
 * @example parseSignup({ email: "x" }) // { ok: false, fields: [{ name: ["email"], errors: [...] }, ...] }
 */
export function parseSignup(
  values: SignupForm,
):
  | { ok: true; form: ReturnType<typeof signupFormSchema.parse> }
  | { ok: false; fields: FieldError[] } {
  const parsed = signupFormSchema.safeParse(values);
  return parsed.success
    ? { ok: true, form: parsed.data }
    : { ok: false, fields: fieldErrors(parsed.error) };
}
