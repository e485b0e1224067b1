// Auth answers in English whatever the reader's language: each refusal a client can cause from a
// portal form (the same password again, an address already in use, clicking twice too fast) is
// put in the reader's words by its GoTrue code, as the local Auth server sends it.
import { createI18nProvider } from "@supabase-client/i18n/provider";
import { describe, expect, it } from "vitest";
import { explainAuthError } from "../../../portal/src/pages/auth/explain-error";

const { t: french } = createI18nProvider("fr", () => undefined);
const { t: english } = createI18nProvider("en", () => undefined);

/** GoTrue's answers, code and message as they arrive (supabase/local/auth/routes). */
const refusals = [
  { code: "same_password", message: "New password should be different from the old password." },
  { code: "email_exists", message: "A user with this email address has already been registered" },
  { code: "user_already_exists", message: "User already registered" },
  { code: "weak_password", message: "Password should be at least 8 characters." },
  {
    code: "over_request_rate_limit",
    message: "Request rate limit reached",
    status: 429,
  },
  {
    code: "over_email_send_rate_limit",
    message: "For security purposes, you can only request this after 58 seconds.",
    status: 429,
  },
];

describe("explainAuthError", () => {
  it.each(refusals)("says $code in French, not in Auth's English", (refusal) => {
    const words = explainAuthError(french, refusal);
    expect(words).not.toBe(refusal.message);
    expect(words).not.toBe(explainAuthError(english, refusal));
  });

  it("names the problem a client can fix", () => {
    const samePassword = {
      code: "same_password",
      message: "New password should be different from the old password.",
    };
    expect(explainAuthError(english, samePassword)).toBe(
      "This is already your password. Choose a different one.",
    );
    expect(explainAuthError(french, { code: "email_exists", message: "taken" })).toBe(
      "Un compte utilise déjà cette adresse e-mail.",
    );
    expect(explainAuthError(french, { message: "slow down", status: 429 })).toBe(
      "Trop de tentatives. Attendez une minute, puis réessayez.",
    );
  });

  it("keeps Auth's own words for a refusal it has no sentence for", () => {
    expect(explainAuthError(french, { code: "unexpected_failure", message: "Boom" })).toBe("Boom");
    expect(explainAuthError(french, { message: "" })).toBe(french("common.somethingWrong"));
  });
});
