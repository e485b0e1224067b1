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
import { useLocale, useT } from "@supabase-client/i18n/locale-context";
import { locales } from "@supabase-client/i18n/locales";
import { dictionaries } from "@supabase-client/i18n/messages";
import { LightField, LightNotice, lightStyles } from "@supabase-client/ui/light-form";
import { useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { portalEvents } from "../../analytics";
import { failureMessage } from "./auth-result";
import { CheckYourEmail } from "./check-your-email";
import { utmFrom } from "./signup-values";

// The team reads the request in English: the options keep their English words as values and
// show the reader's words (the dictionary's English is the stored value).
const projectTypes = ["website", "webApp", "mobileApp", "design", "other"] as const;
const budgets = ["under10", "to25", "to100", "over100", "unsure"] as const;

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
  const t = useT();
  const { locale } = useLocale();
  const form = useLightForm(signupFormSchema, {
    idPrefix: "signup",
    // Emails in the language the page is read in, unless the person picks another.
    initial: () => ({ ...emptyDraft, locale }),
    // Where the visit came from goes with what was typed.
    toInput: (draft) => ({ ...nestDraft(draft), source: "portal", utm: utmFrom(location.search) }),
    placeErrors,
    onValid: async ({ email, password, ...data }) => {
      const { authProvider } = await loadSupabase();
      const result = await authProvider.register?.({ email, password, ...data });
      const message = result ? failureMessage(t, result) : t("auth.errors.signupUnavailable");
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
      <h1 style={lightStyles.title}>{t("auth.signup.title")}</h1>
      <p style={lightStyles.muted}>{t("auth.signup.intro")}</p>
      <form
        {...form.formProps}
        // Fetch supabase-js while the person types, so sending does not wait for it.
        onFocus={() => void loadSupabase()}
        onChange={() => recordEventOnce(portalEvents, "signup.started")}
      >
        <LightField {...field("full_name", t("auth.signup.fullName"))}>
          <input {...input("full_name", { autoComplete: "name" })} />
        </LightField>
        <LightField {...field("company_name", t("auth.signup.company"))}>
          <input {...input("company_name", { autoComplete: "organization" })} />
        </LightField>
        <LightField {...field("email", t("auth.signup.email"))}>
          <input {...input("email", { type: "email", autoComplete: "email" })} />
        </LightField>
        <LightField
          {...field("password", t("auth.signup.password"), false, t("auth.signup.passwordHelp"))}
        >
          <input {...input("password", { type: "password", autoComplete: "new-password" })} />
        </LightField>
        <LightField {...field("details.project_type", t("auth.signup.need"), true)}>
          <select {...input("details.project_type")}>
            <option value="">{t("common.choose")}</option>
            {projectTypes.map((key) => (
              <option key={key} value={dictionaries.en.auth.signup.projectTypes[key]}>
                {t(`auth.signup.projectTypes.${key}`)}
              </option>
            ))}
          </select>
        </LightField>
        <LightField {...field("details.budget", t("auth.signup.budget"), true)}>
          <select {...input("details.budget")}>
            <option value="">{t("common.choose")}</option>
            {budgets.map((key) => (
              <option key={key} value={dictionaries.en.auth.signup.budgets[key]}>
                {t(`auth.signup.budgets.${key}`)}
              </option>
            ))}
          </select>
        </LightField>
        <LightField
          {...field(
            "details.message",
            t("auth.signup.message"),
            true,
            messageLimit ? `${form.draft["details.message"].length} / ${messageLimit}` : undefined,
          )}
        >
          <textarea {...input("details.message")} rows={3} maxLength={messageLimit} />
        </LightField>
        <LightField {...field("locale", t("auth.signup.emailsIn"))}>
          <select {...input("locale")}>
            {locales.map((value) => (
              <option key={value} value={value}>
                {t(`language.${value}`)}
              </option>
            ))}
          </select>
        </LightField>
        {form.notice ? <LightNotice tone="error">{form.notice}</LightNotice> : null}
        <button type="submit" style={lightStyles.button} disabled={form.isPending}>
          {form.isPending ? t("auth.signup.sending") : t("auth.signup.submit")}
        </button>
      </form>
      <p style={{ marginTop: 16, textAlign: "center" }}>
        {t("auth.signup.haveAccount")}{" "}
        {/* Underlined: inside a sentence, colour alone does not set a link apart. */}
        <Link to={portalPaths.login} style={{ textDecoration: "underline" }}>
          {t("auth.signup.signIn")}
        </Link>
      </p>
    </section>
  );
}
