// The sentence to show for a failed `supabase.functions.invoke`: Atrium's functions answer
// `{ code, message, details, hint }` (as REST does), which functions-js leaves unread in
// `error.context`; a relay or network failure has only its own message.
import { FunctionsHttpError } from "@supabase/supabase-js";

/** A function's refusal as the apps read it: its code (to place it next to a field) and words. */
export interface FunctionErrorBody {
  code: string | null;
  message: string;
}

/**
 * @example const { code, message } = await functionErrorBody(error); // "invalid_email", "Enter a valid email address."
 */
export async function functionErrorBody(error: unknown): Promise<FunctionErrorBody> {
  if (error instanceof FunctionsHttpError && error.context instanceof Response) {
    const body: unknown = await error.context.json().catch(() => null);
    if (body && typeof body === "object" && "message" in body && typeof body.message === "string") {
      const hint = "hint" in body && typeof body.hint === "string" ? ` ${body.hint}` : "";
      const code = "code" in body && typeof body.code === "string" ? body.code : null;
      return { code, message: `${body.message}.${hint}`.replace(/\.\./g, ".") };
    }
  }
  return {
    code: null,
    message: error instanceof Error ? error.message : "Something went wrong; try again",
  };
}

/**
 * @example const { error } = await supabase.functions.invoke("reset-mfa", { body });
 *   if (error) message.error(await functionErrorMessage(error));
 */
export async function functionErrorMessage(error: unknown): Promise<string> {
  return (await functionErrorBody(error)).message;
}
