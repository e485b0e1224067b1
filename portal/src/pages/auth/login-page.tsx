// Sign-in with email and password, or with a link by email, through the shared Refine
// authProvider. The link lands on the confirm page like every Auth email.

import { portalPaths } from "@db/routes/portal";
import { emailOnlySchema, signInSchema } from "@db/validation/auth";
import { useLogin } from "@refinedev/core";
import type { LoginParams } from "@supabase-client/auth-provider";
import { EmailField, PasswordField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { Alert, Button, Card, Form, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { failureMessage } from "./auth-result";

export function LoginPage() {
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

  const { form, formProps } = useSchemaForm(signInSchema, { onValid: (values) => send(values) });

  const emailLink = async () => {
    const checked = await form.validateFields(["email"]).catch(() => null);
    const parsed = emailOnlySchema.safeParse(checked);
    if (parsed.success) {
      const address = parsed.data.email;
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
      <Form {...formProps} layout="vertical" requiredMark={false}>
        <EmailField schema={signInSchema.shape.email} name="email" label="Email address" />
        <PasswordField
          schema={signInSchema.shape.password}
          name="password"
          label="Password"
          autoComplete="current-password"
        />
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
        <Link to={portalPaths.forgotPassword}>Forgot your password?</Link>
        {" · "}
        New here? <Link to={portalPaths.signup}>Request access</Link>
      </Typography.Paragraph>
    </Card>
  );
}
