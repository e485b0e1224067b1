// A new sign-in address. Auth changes it only once the links it mails are opened (to the new
// address, and to the current one too while secure email change is on, as on hosted Supabase).
import { portalUrl } from "@db/routes/portal";
import { emailOnlySchema } from "@db/validation/auth";
import { EmailField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { useT } from "@supabase-client/i18n/locale-context";
import { Alert, Button, Form } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";
import { explainAuthError } from "../auth/explain-error";

export function EmailForm({ currentEmail }: { currentEmail: string }) {
  const [isBusy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const t = useT();

  const request = async ({ email }: { email: string }) => {
    if (email === currentEmail.toLowerCase()) {
      showErrors([{ name: ["email"], errors: [t("portal.profile.sameEmail")] }]);
      return;
    }
    setBusy(true);
    const { error } = await supabase.auth.updateUser(
      { email },
      { emailRedirectTo: portalUrl(window.location.origin, "profile", {}) },
    );
    setBusy(false);
    if (error) {
      showErrors([{ name: ["email"], errors: [explainAuthError(t, error)] }]);
      return;
    }
    form.resetFields();
    setSentTo(email);
  };

  const { form, formProps, showErrors } = useSchemaForm(emailOnlySchema, { onValid: request });

  return (
    <Form {...formProps} layout="vertical" requiredMark={false}>
      {sentTo ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          message={t("portal.profile.checkInbox")}
          description={t("portal.profile.emailSent", { email: sentTo, current: currentEmail })}
        />
      ) : null}
      <EmailField
        schema={emailOnlySchema.shape.email}
        name="email"
        label={t("portal.profile.newEmail")}
        input={{ autoComplete: "email" }}
      />
      <Button htmlType="submit" loading={isBusy}>
        {t("portal.profile.changeEmail")}
      </Button>
    </Form>
  );
}
