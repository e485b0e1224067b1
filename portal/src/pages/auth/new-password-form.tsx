// After a recovery or invite link: the person is signed in and chooses a password.
import { choosePasswordSchema } from "@db/validation/auth";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { useT } from "@supabase-client/i18n/locale-context";
import { FormNotice } from "@supabase-client/ui/form-notice";
import { Button, Card, Form, Typography } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";
import { explainAuthError } from "./explain-error";
import { NewPasswordFields } from "./password-fields";

interface NewPasswordFormProps {
  title: string;
  onDone: () => void;
}

export function NewPasswordForm({ title, onDone }: NewPasswordFormProps) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const t = useT();

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
        <NewPasswordFields
          label={t("auth.confirm.newPassword")}
          repeatLabel={t("auth.confirm.repeatPassword")}
        />
        <FormNotice type="error" message={error} />
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t("auth.confirm.savePassword")}
        </Button>
      </Form>
    </Card>
  );
}
