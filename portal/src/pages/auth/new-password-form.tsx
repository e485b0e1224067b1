// After a recovery or invite link: the person is signed in and chooses a password.
import { choosePasswordSchema, newPassword, passwordsDifferMessage } from "@db/validation/auth";
import { PasswordField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { useT, useValidationText } from "@supabase-client/i18n/locale-context";
import { Alert, Button, Card, Form, Typography } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";
import { explainAuthError } from "./explain-error";

interface NewPasswordFormProps {
  title: string;
  onDone: () => void;
}

export function NewPasswordForm({ title, onDone }: NewPasswordFormProps) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const t = useT();
  const translate = useValidationText();

  const submit = async ({ password }: { password: string }) => {
    setBusy(true);
    setError("");
    const { error: failure } = await supabase.auth.updateUser({ password });
    setBusy(false);
    if (failure) {
      setError(explainAuthError(t, failure));
      return;
    }
    onDone();
  };

  const { formProps } = useSchemaForm(choosePasswordSchema, { onValid: submit });

  return (
    <Card>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Typography.Paragraph>{t("auth.confirm.choosePassword")}</Typography.Paragraph>
      <Form {...formProps} layout="vertical" requiredMark={false}>
        <PasswordField
          schema={newPassword}
          name="password"
          label={t("auth.confirm.newPassword")}
          autoComplete="new-password"
        />
        <PasswordField
          schema={choosePasswordSchema.shape.repeat}
          name="repeat"
          label={t("auth.confirm.repeatPassword")}
          autoComplete="new-password"
          dependencies={["password"]}
          // The whole-form check says this too, but only once the password itself is valid.
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value !== getFieldValue("password")) {
                  throw new Error(translate(passwordsDifferMessage));
                }
              },
            }),
          ]}
        />
        {error ? (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />
        ) : null}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t("auth.confirm.savePassword")}
        </Button>
      </Form>
    </Card>
  );
}
