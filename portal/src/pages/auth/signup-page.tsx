// A prospect's request for access: who they are, their company and what they need. The form is
// checked by db/validation's sign-up schema (the same rules the database enforces); Auth then
// mails the confirmation, and the page says so and offers to send it again. It is the page a
// prospect lands on first, so it is drawn with plain elements (light-form.tsx) and loads
// supabase-js only when it is about to be used (the first focus in the form).
import { portalPaths } from "@db/routes/portal";
import { signupFormSchema } from "@db/validation/signup-form";
import { fieldErrors } from "@supabase-client/forms/field-errors";
import { fieldLimits } from "@supabase-client/forms/schema-limits";
import { describedBy, LightField, LightNotice, lightStyles } from "@supabase-client/ui/light-form";
import { type FormEvent, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
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
type Draft = typeof emptyDraft;
type FieldKey = keyof Draft;
type Errors = Partial<Record<string, string[]>>;

/** A blank input counts as left out, as an untouched antd field would. */
const given = (value: string) => (value.trim() === "" ? undefined : value);

/** The schema's input: the typed values plus where the visit came from. */
function toSignupInput(draft: Draft, search: string) {
  return {
    full_name: given(draft.full_name),
    company_name: given(draft.company_name),
    email: given(draft.email),
    password: draft.password === "" ? undefined : draft.password,
    details: {
      project_type: given(draft["details.project_type"]),
      budget: given(draft["details.budget"]),
      message: given(draft["details.message"]),
    },
    locale: draft.locale,
    source: "portal",
    utm: utmFrom(search),
  };
}

function validate(draft: Draft, search: string) {
  const parsed = signupFormSchema.safeParse(toSignupInput(draft, search));
  const errors: Errors = {};
  if (!parsed.success) {
    for (const { name, errors: messages } of fieldErrors(parsed.error)) {
      // A refusal of the whole `details` object shows under its last field.
      const key = name.join(".") === "details" ? "details.message" : name.join(".");
      errors[key] = [...(errors[key] ?? []), ...messages];
    }
  }
  return { parsed, errors };
}

/** The module holding the portal's supabase-js client, fetched once and shared. */
const loadSupabase = () => import("../../supabase");

export function SignupPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => ({
    ...emptyDraft,
    locale: preferredLocale(navigator.languages),
  }));
  const [errors, setErrors] = useState<Errors>({});
  const [isChecked, setIsChecked] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState("");
  const [sentTo, setSentTo] = useState("");

  const change = (key: FieldKey, value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    // Once the form has been sent, each change re-checks it, so fixed fields lose their errors.
    if (isChecked) {
      setErrors(validate(next, location.search).errors);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsChecked(true);
    const { parsed, errors: found } = validate(draft, location.search);
    setErrors(found);
    if (!parsed.success) {
      return;
    }
    setError("");
    setIsPending(true);
    try {
      const { authProvider } = await loadSupabase();
      const { email, password, ...data } = parsed.data;
      const result = await authProvider.register?.({ email, password, ...data });
      const message = result ? failureMessage(result) : "Sign-up is not available.";
      if (message) {
        setError(message);
      } else if (result?.redirectTo) {
        void navigate(result.redirectTo);
      } else {
        setSentTo(email);
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "Something went wrong.");
    } finally {
      setIsPending(false);
    }
  };

  if (sentTo) {
    return <CheckYourEmail email={sentTo} loadSupabase={loadSupabase} />;
  }

  const input = (key: FieldKey, props: { type?: string; autoComplete?: string } = {}) => ({
    id: `signup-${key.replace(".", "-")}`,
    name: key,
    value: draft[key],
    onChange: (event: { target: { value: string } }) => change(key, event.target.value),
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": describedBy(`signup-${key.replace(".", "-")}`, errors[key]),
    style: lightStyles.input,
    ...props,
  });
  const field = (key: FieldKey, label: string, isOptional = false, help?: string) => ({
    id: `signup-${key.replace(".", "-")}`,
    label,
    isOptional,
    help,
    errors: errors[key],
  });

  return (
    <section style={lightStyles.card}>
      <h1 style={lightStyles.title}>Request access</h1>
      <p style={lightStyles.muted}>
        Tell us who you are and what you need. You will confirm your email, then our team reviews
        your request.
      </p>
      <form
        noValidate
        onSubmit={(event) => void submit(event)}
        // Fetch supabase-js while the person types, so sending does not wait for it.
        onFocus={() => void loadSupabase()}
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
            messageLimit ? `${draft["details.message"].length} / ${messageLimit}` : undefined,
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
        {error ? <LightNotice tone="error">{error}</LightNotice> : null}
        <button type="submit" style={lightStyles.button} disabled={isPending}>
          {isPending ? "Sending…" : "Request access"}
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
