// The fallback when a link is broken or spent: the address and the 6-digit code from the email.
import { otpSchema } from "@db/validation/auth";
import { EmailField, TextField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { useT } from "@supabase-client/i18n/locale-context";
import { FormNotice } from "@supabase-client/ui/form-notice";
import { Button, Form } from "antd";
import { supabase } from "../../supabase";
import type { OtpType } from "./confirm-link";
import { useAuthCall } from "./use-auth-call";

interface CodeFormProps {
  type: OtpType;
  action: string;
  /** Called with whether Auth answered with a session. */
  onVerified: (hasSession: boolean) => void;
}

export function CodeForm({ type, action, onVerified }: CodeFormProps) {
  const { run, error, isBusy } = useAuthCall();
  const t = useT();

  const submit = ({ email, code }: { email: string; code: string }) =>
    run(
      () => supabase.auth.verifyOtp({ email, token: code, type }),
      ({ data }) => onVerified(Boolean(data.session)),
    );

  const { formProps } = useSchemaForm(otpSchema, { onValid: submit });

  return (
    <Form {...formProps} layout="vertical" requiredMark={false}>
      <EmailField schema={otpSchema.shape.email} name="email" label={t("auth.confirm.email")} />
      <TextField
        schema={otpSchema.shape.code}
        name="code"
        label={t("auth.confirm.code")}
        input={{ inputMode: "numeric", autoComplete: "one-time-code", maxLength: 8 }}
      />
      <FormNotice type="error" message={error} />
      <Button type="primary" htmlType="submit" block loading={isBusy}>
        {action}
      </Button>
    </Form>
  );
}
