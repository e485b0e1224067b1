// A prospect's request for access: who they are, their company and what they need. The form is
// checked by db/validation's sign-up schema (the same rules the database enforces); Auth then
// mails the confirmation, and the page says so and offers to send it again.
import { type SignupForm, signupFormSchema } from "@db/validation/signup";
import { useRegister } from "@refinedev/core";
import type { RegisterParams } from "@supabase-client/auth-provider";
import {
  EmailField,
  PasswordField,
  SelectField,
  TextAreaField,
  TextField,
} from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { Alert, Button, Card, Form, Result, Space, Typography } from "antd";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import { supabase } from "../../supabase";
import { failureMessage } from "./auth-result";
import { explainAuthError } from "./explain-error";
import { preferredLocale, utmFrom } from "./signup-values";

const fields = signupFormSchema.shape;
const details = signupFormSchema.shape.details.unwrap().shape;

const projectTypes = ["Website", "Web application", "Mobile app", "Design", "Something else"];
const budgets = ["Under €10k", "€10k–25k", "€25k–100k", "Over €100k", "Not sure yet"];

/** What the form holds; where the visit came from is added on submit. */
type SignupValues = Omit<SignupForm, "source" | "utm">;

export function SignupPage() {
  const location = useLocation();
  const { mutate: register, isPending } = useRegister<RegisterParams>();
  const [error, setError] = useState("");
  const [sentTo, setSentTo] = useState("");

  const { formProps } = useSchemaForm(signupFormSchema, {
    prepare: (values: SignupValues) => ({
      ...values,
      source: "portal",
      utm: utmFrom(location.search),
    }),
    onValid: ({ email, password, ...data }) => {
      setError("");
      register(
        { email, password, ...data },
        {
          onSuccess: (result) => {
            const message = failureMessage(result);
            if (message) {
              setError(message);
            } else {
              setSentTo(email);
            }
          },
          onError: (failure) => setError(failure.message),
        },
      );
    },
  });

  if (sentTo) {
    return <CheckYourEmail email={sentTo} />;
  }

  return (
    <Card>
      <Typography.Title level={3}>Request access</Typography.Title>
      <Typography.Paragraph type="secondary">
        Tell us who you are and what you need. You will confirm your email, then our team reviews
        your request.
      </Typography.Paragraph>
      <Form
        {...formProps}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ locale: preferredLocale(navigator.languages) }}
      >
        <TextField schema={fields.full_name} name="full_name" input={{ autoComplete: "name" }} />
        <TextField
          schema={fields.company_name}
          name="company_name"
          label="Company"
          input={{ autoComplete: "organization" }}
        />
        <EmailField schema={fields.email} name="email" label="Email address" />
        <PasswordField
          schema={fields.password}
          name="password"
          label="Password"
          extra="At least 8 characters."
          autoComplete="new-password"
        />
        <SelectField
          schema={details.project_type}
          name={["details", "project_type"]}
          label="What do you need?"
          input={{
            allowClear: true,
            options: projectTypes.map((value) => ({ value, label: value })),
          }}
        />
        <SelectField
          schema={details.budget}
          name={["details", "budget"]}
          label="Budget"
          input={{ allowClear: true, options: budgets.map((value) => ({ value, label: value })) }}
        />
        <TextAreaField
          schema={details.message}
          name={["details", "message"]}
          label="Anything we should know?"
          input={{ rows: 3, showCount: true }}
        />
        <SelectField
          schema={fields.locale}
          name="locale"
          label="Emails in"
          input={{
            options: [
              { value: "en", label: "English" },
              { value: "fr", label: "Français" },
            ],
          }}
        />
        {error ? (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />
        ) : null}
        <Button type="primary" htmlType="submit" block loading={isPending}>
          Request access
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, textAlign: "center" }}>
        Already have an account?{" "}
        {/* Underlined: inside a sentence, colour alone does not set a link apart. */}
        <Link to="/login" style={{ textDecoration: "underline" }}>
          Sign in
        </Link>
      </Typography.Paragraph>
    </Card>
  );
}

function CheckYourEmail({ email }: { email: string }) {
  const [state, setState] = useState<"idle" | "sending" | "sent">("idle");
  const [error, setError] = useState("");

  const resend = async () => {
    setState("sending");
    setError("");
    const { error: failure } = await supabase.auth.resend({
      type: "signup",
      email,
      options: { emailRedirectTo: `${window.location.origin}/` },
    });
    if (failure) {
      setError(explainAuthError(failure));
      setState("idle");
    } else {
      setState("sent");
    }
  };

  return (
    <Card>
      <Result
        status="success"
        title="Check your email"
        subTitle={`We sent a confirmation link and code to ${email}. Open the link to confirm your address.`}
        extra={
          <Space direction="vertical">
            {error ? <Alert type="error" showIcon message={error} /> : null}
            {state === "sent" ? <Alert type="info" showIcon message="We sent it again." /> : null}
            <Button onClick={resend} loading={state === "sending"} disabled={state === "sent"}>
              Send the email again
            </Button>
          </Space>
        }
      />
    </Card>
  );
}
