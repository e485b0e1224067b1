// A prospect's request for access: who they are, their company and what they need. The form is
// checked by db/validation's sign-up schema (the same rules the database enforces); Auth then
// mails the confirmation, and the page says so and offers to send it again.
import { limits } from "@db/limits";
import { signupFormSchema } from "@db/validation/signup";
import { useRegister } from "@refinedev/core";
import type { RegisterParams } from "@supabase-client/auth-provider";
import { zodRule } from "@supabase-client/forms/zod-rule";
import { Alert, Button, Card, Form, Input, Result, Select, Space, Typography } from "antd";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import { EmailItem } from "../../forms/email-item";
import { supabase } from "../../supabase";
import { failureMessage } from "./auth-result";
import { explainAuthError } from "./explain-error";
import { parseSignup, preferredLocale, utmFrom } from "./signup-values";

const fields = signupFormSchema.shape;

const projectTypes = ["Website", "Web application", "Mobile app", "Design", "Something else"];
const budgets = ["Under €10k", "€10k–25k", "€25k–100k", "Over €100k", "Not sure yet"];

interface SignupValues {
  full_name: string;
  company_name: string;
  email: string;
  password: string;
  details?: { project_type?: string; budget?: string; message?: string };
  locale: "en" | "fr";
}

export function SignupPage() {
  const location = useLocation();
  const [form] = Form.useForm<SignupValues>();
  const { mutate: register, isPending } = useRegister<RegisterParams>();
  const [error, setError] = useState("");
  const [sentTo, setSentTo] = useState("");

  const submit = (values: SignupValues) => {
    setError("");
    const parsed = parseSignup({ ...values, source: "portal", utm: utmFrom(location.search) });
    if (!parsed.ok) {
      // zod's issue paths are this form's field names (the form mirrors the schema).
      form.setFields(parsed.fields as Parameters<typeof form.setFields>[0]);
      return;
    }
    const { email, password, ...data } = parsed.form;
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
  };

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
      <Form<SignupValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark="optional"
        initialValues={{ locale: preferredLocale(navigator.languages) }}
      >
        <Form.Item label="Full name" name="full_name" rules={[zodRule(fields.full_name)]}>
          <Input autoComplete="name" maxLength={limits.name} />
        </Form.Item>
        <Form.Item label="Company" name="company_name" rules={[zodRule(fields.company_name)]}>
          <Input autoComplete="organization" maxLength={limits.name} />
        </Form.Item>
        <EmailItem />
        <Form.Item
          label="Password"
          name="password"
          rules={[zodRule(fields.password)]}
          extra="At least 8 characters."
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="What do you need?" name={["details", "project_type"]}>
          <Select allowClear options={projectTypes.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item label="Budget" name={["details", "budget"]}>
          <Select allowClear options={budgets.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item label="Anything we should know?" name={["details", "message"]}>
          <Input.TextArea rows={3} maxLength={limits.body / 10} showCount />
        </Form.Item>
        <Form.Item label="Emails in" name="locale">
          <Select
            options={[
              { value: "en", label: "English" },
              { value: "fr", label: "Français" },
            ]}
          />
        </Form.Item>
        {error ? (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />
        ) : null}
        <Button type="primary" htmlType="submit" block loading={isPending}>
          Request access
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, textAlign: "center" }}>
        Already have an account? <Link to="/login">Sign in</Link>
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
