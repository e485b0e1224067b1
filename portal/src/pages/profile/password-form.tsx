// A new password for the signed-in person, set with their current session (Auth's PUT /user).
import { choosePasswordSchema } from "@db/validation/auth";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { useT } from "@supabase-client/i18n/locale-context";
import { App, Button, Form } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";
import { explainAuthError } from "../auth/explain-error";
import { NewPasswordFields } from "../auth/password-fields";

export function PasswordForm() {
  const { message } = App.useApp();
  const [isBusy, setBusy] = useState(false);
  const t = useT();

  const save = async ({ password }: { password: string }) => {
    setBusy(true);
    const { error } = await supabase.auth.updateUser({ password });
    setBusy(false);
    if (error) {
      // Auth's refusals (a weak password, the same one again) belong to the password field.
      showErrors([{ name: ["password"], errors: [explainAuthError(t, error)] }]);
      return;
    }
    form.resetFields();
    void message.success(t("portal.profile.passwordChanged"));
  };

  const { form, formProps, showErrors } = useSchemaForm(choosePasswordSchema, { onValid: save });

  return (
    <Form {...formProps} layout="vertical" requiredMark={false}>
      <NewPasswordFields
        label={t("portal.profile.newPassword")}
        repeatLabel={t("portal.profile.repeatPassword")}
      />
      <Button htmlType="submit" loading={isBusy}>
        {t("portal.profile.changePassword")}
      </Button>
    </Form>
  );
}
