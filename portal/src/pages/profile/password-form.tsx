// A new password for the signed-in person, set with their current session (Auth's PUT /user).
import { choosePasswordSchema, newPassword, passwordsDifferMessage } from "@db/validation/auth";
import { PasswordField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { App, Button, Form } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";
import { explainAuthError } from "../auth/explain-error";

export function PasswordForm() {
  const { message } = App.useApp();
  const [isBusy, setBusy] = useState(false);

  const save = async ({ password }: { password: string }) => {
    setBusy(true);
    const { error } = await supabase.auth.updateUser({ password });
    setBusy(false);
    if (error) {
      // Auth's refusals (a weak password, the same one again) belong to the password field.
      showErrors([{ name: ["password"], errors: [explainAuthError(error)] }]);
      return;
    }
    form.resetFields();
    void message.success("Password changed: use it next time you sign in");
  };

  const { form, formProps, showErrors } = useSchemaForm(choosePasswordSchema, { onValid: save });

  return (
    <Form {...formProps} layout="vertical" requiredMark={false}>
      <PasswordField
        schema={newPassword}
        name="password"
        label="New password"
        autoComplete="new-password"
      />
      <PasswordField
        schema={choosePasswordSchema.shape.repeat}
        name="repeat"
        label="Repeat the new password"
        autoComplete="new-password"
        dependencies={["password"]}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value !== getFieldValue("password")) {
                throw new Error(passwordsDifferMessage);
              }
            },
          }),
        ]}
      />
      <Button htmlType="submit" loading={isBusy}>
        Change password
      </Button>
    </Form>
  );
}
