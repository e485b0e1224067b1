// Sign-in with email and password, through the shared Refine authProvider.
import { email as emailField } from "@db/validation/fields";
import { useLogin } from "@refinedev/core";
import type { LoginParams } from "@supabase-client/auth-provider";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { zodRule } from "../forms/zod-rule";
import { explainAuthError } from "./explain-error";

export function LoginPage() {
  const { mutate: login, isPending } = useLogin<LoginParams>();
  const [error, setError] = useState("");

  const submit = (values: { email: string; password: string }) => {
    setError("");
    login(values, {
      onSuccess: (result) => {
        if (!result.success) {
          setError(
            result.error
              ? explainAuthError({ code: result.error.name, message: result.error.message })
              : "Sign-in failed. Please try again.",
          );
        }
      },
      onError: (failure) => setError(failure.message),
    });
  };

  return (
    <Card>
      <Typography.Title level={3}>Sign in</Typography.Title>
      <Typography.Paragraph type="secondary">
        Follow your request, your projects and your beta builds.
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label="Email address" name="email" rules={[zodRule(emailField)]}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
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
        <Button type="primary" htmlType="submit" block loading={isPending}>
          Sign in
        </Button>
      </Form>
    </Card>
  );
}
