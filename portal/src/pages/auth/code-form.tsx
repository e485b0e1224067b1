// The fallback when a link is broken or spent: the address and the 6-digit code from the email.
import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { EmailItem } from "../../forms/email-item";
import { supabase } from "../../supabase";
import type { OtpType } from "./confirm-link";
import { explainAuthError } from "./explain-error";

interface CodeFormProps {
  type: OtpType;
  action: string;
  /** Called with whether Auth answered with a session. */
  onVerified: (hasSession: boolean) => void;
}

interface CodeValues {
  email: string;
  code: string;
}

export function CodeForm({ type, action, onVerified }: CodeFormProps) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  const submit = async ({ email, code }: CodeValues) => {
    setBusy(true);
    setError("");
    const { data, error: failure } = await supabase.auth.verifyOtp({
      email: email.trim(),
      token: code.trim(),
      type,
    });
    setBusy(false);
    if (failure) {
      setError(explainAuthError(failure));
      return;
    }
    onVerified(Boolean(data.session));
  };

  return (
    <Form<CodeValues> layout="vertical" onFinish={submit} requiredMark={false}>
      <EmailItem />
      <Form.Item
        label="6-digit code"
        name="code"
        rules={[{ pattern: /^\s*\d{6}\s*$/, required: true, message: "Enter the 6 digits" }]}
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={8} />
      </Form.Item>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
      <Button type="primary" htmlType="submit" block loading={busy}>
        {action}
      </Button>
    </Form>
  );
}
