// Each function's environment, parsed once at start-up with zod; a missing or malformed secret
// fails the boot naming every bad variable, instead of failing the first request.
import { z } from "npm:zod@4";

export { z };

/**
 * @example const env = parseEnv(z.object({ SUPABASE_URL: z.url() }));
 * @throws Error naming every invalid variable, on one line.
 */
export function parseEnv<T extends z.ZodType>(schema: T): z.infer<T> {
  const parsed = schema.safeParse(Deno.env.toObject());
  if (!parsed.success) {
    // One line, so a boot failure in the function's log names every bad variable at a glance.
    throw new Error(`Invalid environment: ${issuesText(parsed.error)}`);
  }
  return parsed.data;
}

/**
 * Every problem zod found, on one line.
 * @example issuesText(error) // "user_id: Invalid UUID; email: Required"
 */
export function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
}

/** The names hosted Supabase gives every function. */
export const supabaseEnv = {
  SUPABASE_URL: z.url(),
  SUPABASE_SERVICE_ROLE_KEY: z.string().min(1),
};
