// For a person who reached the confirm page without a link's token (the "not confirmed yet"
// reminder sends them here): their address, and Auth mails a fresh confirmation link and code.

import { portalPaths } from "@db/routes/portal";
import { emailOnlySchema } from "@db/validation/auth";
import { EmailField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { useT } from "@supabase-client/i18n/locale-context";
import { FormNotice } from "@supabase-client/ui/form-notice";
import { Button, Form } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";
import { useAuthCall } from "./use-auth-call";

export function ResendLinkForm() {
  const { run, error, isBusy } = useAuthCall();
  const [sentTo, setSentTo] = useState("");
  const t = useT();

  const submit = ({ email }: { email: string }) =>
    run(
      () =>
        supabase.auth.resend({
          type: "signup",
          email,
          options: { emailRedirectTo: `${window.location.origin}${portalPaths.status}` },
        }),
      () => setSentTo(email),
    );

  const { formProps } = useSchemaForm(emailOnlySchema, { onValid: submit });

  return (
    // Named, so its field ids differ from the code form's on the same page.
    <Form {...formProps} name="resend" layout="vertical" requiredMark={false}>
      <EmailField
        schema={emailOnlySchema.shape.email}
        name="email"
        label={t("auth.confirm.email")}
      />
      <FormNotice type="error" message={error} />
      {/* Auth answers the same whether or not the address has a pending sign-up. */}
      <FormNotice
        type="success"
        message={sentTo && t("auth.confirm.resendSent", { email: sentTo })}
      />
      <Button type="primary" htmlType="submit" block loading={isBusy}>
        {t("auth.confirm.resend")}
      </Button>
    </Form>
  );
}
