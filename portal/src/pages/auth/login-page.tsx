// Sign-in with email and password, or with a link by email, through the shared Refine
// authProvider. The link lands on the confirm page like every Auth email.
import { useLogin } from "@refinedev/core";
import type { LoginParams } from "@supabase-client/auth-provider";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { EmailItem } from "../../forms/email-item";
import { failureMessage } from "./auth-result";

interface LoginValues {
  email: string;
  password: string;
}

export function LoginPage() {
  const [form] = Form.useForm<LoginValues>();
  const { mutate: login, isPending } = useLogin<LoginParams>();
  const [error, setError] = useState("");
  const [linkSentTo, setLinkSentTo] = useState("");

  const send = (params: LoginParams, onDone?: () => void) => {
    setError("");
    setLinkSentTo("");
    login(params, {
      onSuccess: (result) => {
        const message = failureMessage(result);
        if (message) {
          setError(message);
        } else {
          onDone?.();
        }
      },
      onError: (failure) => setError(failure.message),
    });
  };

  const emailLink = async () => {
    const { email } = await form.validateFields(["email"]).catch(() => ({ email: "" }));
    if (email) {
      const address = email.trim().toLowerCase();
      send({ email: address, redirectTo: `${window.location.origin}/` }, () =>
        setLinkSentTo(address),
      );
    }
  };

  return (
    <Card>
      <Typography.Title level={3}>Sign in</Typography.Title>
      <Typography.Paragraph type="secondary">
        Follow your request, your projects and your beta builds.
      </Typography.Paragraph>
      <Form<LoginValues>
        form={form}
        layout="vertical"
        onFinish={(values) => send(values)}
        requiredMark={false}
      >
        <EmailItem />
        <Form.Item
          label="Password"
          name="password"
          rules={[{ required: true, message: "Password is required" }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {error ? (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />
        ) : null}
        {linkSentTo ? (
          <Alert
            type="success"
            showIcon
            message={`We sent a sign-in link to ${linkSentTo}.`}
            description="Open it on this device to sign in. It works once."
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Button type="primary" htmlType="submit" block loading={isPending}>
          Sign in
        </Button>
        <Button type="link" block onClick={emailLink} disabled={isPending}>
          Email me a sign-in link instead
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, textAlign: "center" }}>
        <Link to="/forgot-password">Forgot your password?</Link>
        {" · "}
        New here? <Link to="/signup">Request access</Link>
      </Typography.Paragraph>
    </Card>
  );
}
