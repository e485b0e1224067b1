// What each sign-up status means to the person who applied.
import type { SignupRequest } from "@db/schema/signup-requests";

type Tone = "info" | "success" | "warning" | "error";

export function describeRequest(request: Pick<SignupRequest, "status" | "rejection_reason">): {
  tone: Tone;
  title: string;
  text: string;
} {
  switch (request.status) {
    case "pending":
      return {
        tone: "warning",
        title: "Waiting for your email confirmation",
        text: "Open the link in the email we sent you to confirm your address.",
      };
    case "confirmed":
      return {
        tone: "info",
        title: "Under review",
        text: "Your email is confirmed. Our team is reviewing your request and will email you the decision.",
      };
    case "approved":
      return {
        tone: "success",
        title: "Approved",
        text: "Welcome aboard. Your projects will appear here as soon as they start.",
      };
    case "rejected":
      return {
        tone: "error",
        title: "Not approved",
        text: request.rejection_reason
          ? `Our team could not approve your request: ${request.rejection_reason}`
          : "Our team could not approve your request this time.",
      };
  }
}
