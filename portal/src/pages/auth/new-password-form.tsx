// After a recovery or invite link: the person is signed in and chooses a password.
import { choosePasswordSchema } from "@db/validation/auth";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { useT } from "@supabase-client/i18n/locale-context";
import { FormNotice } from "@supabase-client/ui/form-notice";
import { Button, Card, Form, Typography } from "antd";
import { supabase } from "../../supabase";
import { NewPasswordFields } from "./password-fields";
import { useAuthCall } from "./use-auth-call";

interface NewPasswordFormProps {
  title: string;
  onDone: () => void;
}

export function NewPasswordForm({ title, onDone }: NewPasswordFormProps) {
  const { run, error, isBusy } = useAuthCall();
  const t = useT();

  const submit = ({ password }: { password: string }) =>
    run(() => supabase.auth.updateUser({ password }), onDone);

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
        <Button type="primary" htmlType="submit" block loading={isBusy}>
          {t("auth.confirm.savePassword")}
        </Button>
      </Form>
    </Card>
  );
}
