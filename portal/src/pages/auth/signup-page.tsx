// A prospect's request for access: who they are, their company and what they need. The form is
// checked by db/validation's sign-up schema through useLightForm (the same rules and words as
// the antd forms); Auth then mails the confirmation, and the page says so and offers to send it
// again. It is the page a prospect lands on first, so it is drawn with plain elements
// (light-form.tsx) and loads supabase-js only when it is about to be used (the first focus).
import { portalPaths } from "@db/routes/portal";
import { signupFormSchema } from "@db/validation/signup-form";
import { recordEvent, recordEventOnce } from "@supabase-client/analytics/record";
import { nestDraft, type PlaceErrors } from "@supabase-client/forms/light-form-check";
import { fieldLimits } from "@supabase-client/forms/schema-limits";
import { useLightForm } from "@supabase-client/forms/use-light-form";
import { LightField, LightNotice, lightStyles } from "@supabase-client/ui/light-form";
import { useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { portalEvents } from "../../analytics";
import { failureMessage } from "./auth-result";
import { CheckYourEmail } from "./check-your-email";
import { preferredLocale, utmFrom } from "./signup-values";

const projectTypes = ["Website", "Web application", "Mobile app", "Design", "Something else"];
const budgets = ["Under €10k", "€10k–25k", "€25k–100k", "Over €100k", "Not sure yet"];
const locales = [
  { value: "en", label: "English" },
  { value: "fr", label: "Français" },
];

const messageLimit = fieldLimits(signupFormSchema.shape.details.unwrap().shape.message).maxLength;

/** The form's inputs as typed; blank means not given. */
const emptyDraft = {
  full_name: "",
  company_name: "",
  email: "",
  password: "",
  "details.project_type": "",
  "details.budget": "",
  "details.message": "",
  locale: "en",
};
type FieldKey = keyof typeof emptyDraft;

/** A refusal of the whole `details` object shows under its last field. */
const placeErrors: PlaceErrors = (errors) =>
  errors.map((error) =>
    error.name.join(".") === "details" ? { ...error, name: ["details", "message"] } : error,
  );

/** The module holding the portal's supabase-js client, fetched once and shared. */
const loadSupabase = () => import("../../supabase");

export function SignupPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const [sentTo, setSentTo] = useState("");
  const form = useLightForm(signupFormSchema, {
    idPrefix: "signup",
    initial: () => ({ ...emptyDraft, locale: preferredLocale(navigator.languages) }),
    // Where the visit came from goes with what was typed.
    toInput: (draft) => ({ ...nestDraft(draft), source: "portal", utm: utmFrom(location.search) }),
    placeErrors,
    onValid: async ({ email, password, ...data }) => {
      const { authProvider } = await loadSupabase();
      const result = await authProvider.register?.({ email, password, ...data });
      const message = result ? failureMessage(result) : "Sign-up is not available.";
      if (message) {
        form.showNotice(message);
      } else if (result?.redirectTo) {
        recordEvent(portalEvents, "signup.submitted");
        void navigate(result.redirectTo);
      } else {
        recordEvent(portalEvents, "signup.submitted");
        setSentTo(email);
      }
    },
  });

  if (sentTo) {
    return <CheckYourEmail email={sentTo} loadSupabase={loadSupabase} />;
  }

  const input = (key: FieldKey, props: { type?: string; autoComplete?: string } = {}) => ({
    ...form.input(key),
    style: lightStyles.input,
    ...props,
  });
  const field = (key: FieldKey, label: string, isOptional = false, help?: string) => ({
    ...form.field(key),
    label,
    isOptional,
    help,
  });

  return (
    <section style={lightStyles.card}>
      <h1 style={lightStyles.title}>Request access</h1>
      <p style={lightStyles.muted}>
        Tell us who you are and what you need. You will confirm your email, then our team reviews
        your request.
      </p>
      <form
        {...form.formProps}
        // Fetch supabase-js while the person types, so sending does not wait for it.
        onFocus={() => void loadSupabase()}
        onChange={() => recordEventOnce(portalEvents, "signup.started")}
      >
        <LightField {...field("full_name", "Full name")}>
          <input {...input("full_name", { autoComplete: "name" })} />
        </LightField>
        <LightField {...field("company_name", "Company")}>
          <input {...input("company_name", { autoComplete: "organization" })} />
        </LightField>
        <LightField {...field("email", "Email address")}>
          <input {...input("email", { type: "email", autoComplete: "email" })} />
        </LightField>
        <LightField {...field("password", "Password", false, "At least 8 characters.")}>
          <input {...input("password", { type: "password", autoComplete: "new-password" })} />
        </LightField>
        <LightField {...field("details.project_type", "What do you need?", true)}>
          <select {...input("details.project_type")}>
            <option value="">Choose…</option>
            {projectTypes.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </LightField>
        <LightField {...field("details.budget", "Budget", true)}>
          <select {...input("details.budget")}>
            <option value="">Choose…</option>
            {budgets.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </LightField>
        <LightField
          {...field(
            "details.message",
            "Anything we should know?",
            true,
            messageLimit ? `${form.draft["details.message"].length} / ${messageLimit}` : undefined,
          )}
        >
          <textarea {...input("details.message")} rows={3} maxLength={messageLimit} />
        </LightField>
        <LightField {...field("locale", "Emails in")}>
          <select {...input("locale")}>
            {locales.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </LightField>
        {form.notice ? <LightNotice tone="error">{form.notice}</LightNotice> : null}
        <button type="submit" style={lightStyles.button} disabled={form.isPending}>
          {form.isPending ? "Sending…" : "Request access"}
        </button>
      </form>
      <p style={{ marginTop: 16, textAlign: "center" }}>
        Already have an account?{" "}
        {/* Underlined: inside a sentence, colour alone does not set a link apart. */}
        <Link to={portalPaths.login} style={{ textDecoration: "underline" }}>
          Sign in
        </Link>
      </p>
    </section>
  );
}
