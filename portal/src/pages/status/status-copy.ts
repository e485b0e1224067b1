// What each sign-up status means to the person who applied, in their language.
import type { SignupRequest } from "@db/schema/signup-requests";
import type { Translator } from "@supabase-client/i18n/provider";

type Tone = "info" | "success" | "warning" | "error";

// How each status is drawn: waiting is a warning, a confirmed email news, the outcome a verdict.
const tones = {
  pending: "warning",
  confirmed: "info",
  approved: "success",
  rejected: "error",
} as const satisfies Record<SignupRequest["status"], Tone>;

/** @example describeRequest(t, { status: "pending", rejection_reason: null }).title */
export function describeRequest(
  t: Translator,
  { status, rejection_reason: reason }: Pick<SignupRequest, "status" | "rejection_reason">,
): { tone: Tone; title: string; text: string } {
  return {
    tone: tones[status],
    title: t(`portal.status.${status}Title`),
    text:
      status === "rejected" && reason
        ? t("portal.status.rejectedWithReason", { reason })
        : t(`portal.status.${status}Text`),
  };
}
