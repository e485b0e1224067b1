// One way for every local process and component to read its settings: a zod schema over the
// environment, failing at start-up with one line that names each bad variable.
import { z } from "zod";

/** A bad setting, thrown before anything starts; its message is one line naming the variables. */
export class EnvError extends Error {
  override name = "EnvError";
}

/**
 * Parses `source` (the process or stack env) with `schema`.
 * @example const config = parseEnv("mailbox", schema, context.env);
 * @throws EnvError like `mailbox: bad configuration: ATRIUM_MAILBOX_PORT: Too big: expected number to be <=65535`.
 */
export function parseEnv<T extends z.ZodType>(
  label: string,
  schema: T,
  source: Record<string, string | undefined>,
): z.output<T> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join(".") || "(environment)"}: ${issue.message}`,
    );
    throw new EnvError(`${label}: bad configuration: ${problems.join("; ")}`);
  }
  return result.data;
}

/**
 * A rule across variables that zod's per-field checks cannot state (one needs another).
 * @example if (url && !secret) throw envProblem("mailbox", "MAILBOX_WEBHOOK_SECRET", "required with a URL");
 */
export function envProblem(label: string, variable: string, message: string): EnvError {
  return new EnvError(`${label}: bad configuration: ${variable}: ${message}`);
}

/**
 * An optional variable where an empty value means unset, as a shell's `NAME=` usually does.
 * @example RESEND_BASE_URL: unsetIfBlank(z.url())
 */
export function unsetIfBlank<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
}
