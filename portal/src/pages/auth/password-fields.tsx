// The new password and its repeat, checked by db/validation's choosePasswordSchema: the auth
// pages (after a recovery or invite link) and the profile page both set a password with them.
import { choosePasswordSchema, newPassword, passwordsDifferMessage } from "@db/validation/auth";
import { PasswordField } from "@supabase-client/forms/fields";
import { useValidationText } from "@supabase-client/i18n/locale-context";

/** @example <NewPasswordFields label={t("auth.confirm.newPassword")} repeatLabel={t("auth.confirm.repeatPassword")} /> */
export function NewPasswordFields({ label, repeatLabel }: { label: string; repeatLabel: string }) {
  const translate = useValidationText();
  return (
    <>
      <PasswordField
        schema={newPassword}
        name="password"
        label={label}
        autoComplete="new-password"
      />
      <PasswordField
        schema={choosePasswordSchema.shape.repeat}
        name="repeat"
        label={repeatLabel}
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
    </>
  );
}
