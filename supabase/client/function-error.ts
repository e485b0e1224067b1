// The sentence to show for a failed `supabase.functions.invoke`: Atrium's functions answer
// `{ code, message, details, hint }` (as REST does), which functions-js leaves unread in
// `error.context`; a relay or network failure has only its own message.
import { FunctionsHttpError } from "@supabase/supabase-js";

/**
 * @example const { error } = await supabase.functions.invoke("reset-mfa", { body });
 *   if (error) message.error(await functionErrorMessage(error));
 */
export async function functionErrorMessage(error: unknown): Promise<string> {
  if (error instanceof FunctionsHttpError && error.context instanceof Response) {
    const body: unknown = await error.context.json().catch(() => null);
    if (body && typeof body === "object" && "message" in body && typeof body.message === "string") {
      const hint = "hint" in body && typeof body.hint === "string" ? ` ${body.hint}` : "";
      return `${body.message}.${hint}`.replace(/\.\./g, ".");
    }
  }
  return error instanceof Error ? error.message : "Something went wrong; try again";
}
