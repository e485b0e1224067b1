// The portal's sign-up form, and the `data` it sends to Supabase Auth (which the sign-up
// trigger turns into a profile and a signup request). Kept apart from the table's schema (no
// drizzle here), so the portal's first page can check the form without shipping drizzle-orm.
import { z } from "zod/v4";
import { limits } from "../limits";
import { newPassword } from "./auth";
import { boundedObject, email, optionalText, requiredText } from "./fields";

export const signupDetailsSchema = boundedObject(
  z.object({
    project_type: optionalText("Project type", 100),
    budget: optionalText("Budget", 100),
    message: optionalText("Message", limits.body / 10),
  }),
  "Details",
  limits.detailsBytes,
);

/** Everything the sign-up form asks; `password` goes to Auth, the rest into user metadata. */
export const signupFormSchema = z.object({
  email,
  password: newPassword,
  full_name: requiredText("Full name"),
  company_name: requiredText("Company name"),
  details: signupDetailsSchema.default({}),
  locale: z.enum(["en", "fr"]).default("en"),
  source: optionalText("Source"),
  utm: z.record(z.string().max(100), z.string().max(200)).default({}),
});

export type SignupForm = z.input<typeof signupFormSchema>;

/** Splits a valid form into supabase-js `signUp` arguments. */
export function toSignUpCredentials(form: z.output<typeof signupFormSchema>) {
  const { email: address, password, ...data } = form;
  return { email: address, password, options: { data } };
}
