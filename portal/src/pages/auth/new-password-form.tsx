// After a recovery or invite link: the person is signed in and chooses a password.
import { signupFormSchema } from "@db/validation/signup";
import { zodRule } from "@supabase-client/forms/zod-rule";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";
import { explainAuthError } from "./explain-error";

interface NewPasswordFormProps {
  title: string;
  onDone: () => void;
}

interface PasswordValues {
  password: string;
  repeat: string;
}

export function NewPasswordForm({ title, onDone }: NewPasswordFormProps) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  const submit = async ({ password }: PasswordValues) => {
    setBusy(true);
    setError("");
    const { error: failure } = await supabase.auth.updateUser({ password });
    setBusy(false);
    if (failure) {
      setError(explainAuthError(failure));
      return;
    }
    onDone();
  };

  return (
    <Card>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Typography.Paragraph>Choose the password you will sign in with.</Typography.Paragraph>
      <Form<PasswordValues> layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          label="New password"
          name="password"
          rules={[zodRule(signupFormSchema.shape.password)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Repeat the password"
          name="repeat"
          dependencies={["password"]}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value !== getFieldValue("password")) {
                  throw new Error("The two passwords differ");
                }
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {error ? (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />
        ) : null}
        <Button type="primary" htmlType="submit" block loading={busy}>
          Save the password
        </Button>
      </Form>
    </Card>
  );
}
