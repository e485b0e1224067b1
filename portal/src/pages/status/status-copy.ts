// What each sign-up status means to the person who applied, in their language.
import type { SignupRequest } from "@db/schema/signup-requests";
import type { Translator } from "@supabase-client/i18n/provider";

type Tone = "info" | "success" | "warning" | "error";

export function describeRequest(
  t: Translator,
  request: Pick<SignupRequest, "status" | "rejection_reason">,
): { tone: Tone; title: string; text: string } {
  switch (request.status) {
    case "pending":
      return {
        tone: "warning",
        title: t("portal.status.pendingTitle"),
        text: t("portal.status.pendingText"),
      };
    case "confirmed":
      return {
        tone: "info",
        title: t("portal.status.confirmedTitle"),
        text: t("portal.status.confirmedText"),
      };
    case "approved":
      return {
        tone: "success",
        title: t("portal.status.approvedTitle"),
        text: t("portal.status.approvedText"),
      };
    case "rejected":
      return {
        tone: "error",
        title: t("portal.status.rejectedTitle"),
        text: request.rejection_reason
          ? t("portal.status.rejectedWithReason", { reason: request.rejection_reason })
          : t("portal.status.rejectedText"),
      };
  }
}
