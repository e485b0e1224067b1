// Asks Auth to mail a recovery link; the link lands on the confirm page, which then asks for the
// new password.
import { portalPaths } from "@db/routes/portal";
import { emailOnlySchema } from "@db/validation/auth";
import { useForgotPassword } from "@refinedev/core";
import { EmailField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { useT } from "@supabase-client/i18n/locale-context";
import { FormNotice } from "@supabase-client/ui/form-notice";
import { Button, Card, Form, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { failureMessage } from "./auth-result";

export function ForgotPasswordPage() {
  const { mutate: forgotPassword, isPending } = useForgotPassword<{ email: string }>();
  const [error, setError] = useState("");
  const [sentTo, setSentTo] = useState("");
  const t = useT();

  // Settles with the call, so the form drops a second click meanwhile: Auth allows one email a
  // minute, and the second request's "too many attempts" used to replace "on its way".
  const submit = ({ email: address }: { email: string }) =>
    new Promise<void>((settled) => {
      setError("");
      setSentTo("");
      forgotPassword(
        { email: address },
        {
          onSuccess: (result) => {
            const message = failureMessage(t, result);
            if (message) {
              setError(message);
            } else {
              setSentTo(address);
            }
          },
          onError: (failure) => setError(failure.message),
          onSettled: () => settled(),
        },
      );
    });

  const { formProps } = useSchemaForm(emailOnlySchema, { onValid: submit });

  return (
    <Card>
      <Typography.Title level={3}>{t("auth.forgot.title")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("auth.forgot.intro")}</Typography.Paragraph>
      <Form {...formProps} layout="vertical" requiredMark={false}>
        <EmailField
          schema={emailOnlySchema.shape.email}
          name="email"
          label={t("auth.login.email")}
        />
        <FormNotice type="error" message={error} />
        <FormNotice type="success" message={sentTo && t("auth.forgot.sent", { email: sentTo })} />
        <Button type="primary" htmlType="submit" block loading={isPending}>
          {t("auth.forgot.submit")}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, textAlign: "center" }}>
        <Link to={portalPaths.login}>{t("auth.forgot.back")}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
