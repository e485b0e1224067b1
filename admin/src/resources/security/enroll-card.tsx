// Adding an authenticator app: name it, scan the QR code (or type the key), confirm with a code.
// A factor left unconfirmed by an earlier attempt is removed first, so Auth does not refuse the
// new one as a name conflict.
import { factorNameSchema, totpCodeSchema } from "@db/validation/auth";
import type { Factor } from "@supabase/supabase-js";
import { TextField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { App, Button, Card, Flex, Form, Typography } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";

interface PendingFactor {
  id: string;
  name: string;
  qrCode: string;
  secret: string;
}

/** The key in groups of four, easier to type from the screen; copying gives it whole. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

export interface EnrollCardProps {
  factors: Factor[];
  onChange: () => unknown;
  /** Called once the new factor is verified (the session is then at aal2). */
  onVerified?: () => unknown;
  /** The first card's heading (default "Add an authenticator app"). */
  title?: string;
}

export function EnrollCard({ factors, onChange, onVerified, title }: EnrollCardProps) {
  const { message } = App.useApp();
  const [pending, setPending] = useState<PendingFactor | null>(null);
  const [isBusy, setBusy] = useState(false);

  const start = async ({ friendly_name }: { friendly_name: string }) => {
    setBusy(true);
    for (const abandoned of factors.filter((factor) => factor.status === "unverified")) {
      await supabase.auth.mfa.unenroll({ factorId: abandoned.id });
    }
    const { data, error } = await supabase.auth.mfa.enroll({
      factorType: "totp",
      friendlyName: friendly_name,
    });
    setBusy(false);
    if (error) {
      nameForm.showErrors([{ name: ["friendly_name"], errors: [error.message] }]);
      return;
    }
    setPending({
      id: data.id,
      name: friendly_name,
      qrCode: data.totp.qr_code,
      secret: data.totp.secret,
    });
    onChange();
  };

  const confirm = async ({ code }: { code: string }) => {
    if (!pending) {
      return;
    }
    setBusy(true);
    const { error } = await supabase.auth.mfa.challengeAndVerify({ factorId: pending.id, code });
    setBusy(false);
    if (error) {
      codeForm.showErrors([{ name: ["code"], errors: [error.message] }]);
      return;
    }
    setPending(null);
    codeForm.form.resetFields();
    void message.success(`${pending.name} is set up: sign-in will ask for its code`);
    onChange();
    onVerified?.();
  };

  const cancel = async () => {
    if (pending) {
      await supabase.auth.mfa.unenroll({ factorId: pending.id });
    }
    setPending(null);
    codeForm.form.resetFields();
    onChange();
  };

  const nameForm = useSchemaForm(factorNameSchema, { onValid: start });
  const codeForm = useSchemaForm(totpCodeSchema, { onValid: confirm });

  if (!pending) {
    return (
      <Card title={title ?? "Add an authenticator app"}>
        <Typography.Paragraph type="secondary">
          Use an app such as Google Authenticator, 1Password or Aegis. Once it is set up, signing in
          asks for the 6-digit code it shows.
        </Typography.Paragraph>
        <Form
          {...nameForm.formProps}
          layout="inline"
          requiredMark={false}
          initialValues={{ friendly_name: "Authenticator app" }}
        >
          <TextField schema={factorNameSchema.shape.friendly_name} name="friendly_name" />
          <Button type="primary" htmlType="submit" loading={isBusy}>
            Set up
          </Button>
        </Form>
      </Card>
    );
  }

  return (
    <Card title={`Set up ${pending.name}`}>
      <Flex gap={24} wrap>
        <img
          src={pending.qrCode}
          alt={`QR code to add your Atrium account to ${pending.name}`}
          width={200}
          height={200}
        />
        <div style={{ flex: "1 1 260px" }}>
          <Typography.Paragraph>
            1. Scan the QR code with your authenticator app, or enter this key by hand:
          </Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text
              code
              aria-label="Manual key"
              copyable={{ text: pending.secret, tooltips: ["Copy key", "Copied"] }}
            >
              {grouped(pending.secret)}
            </Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph>2. Type the 6-digit code the app shows.</Typography.Paragraph>
          <Form {...codeForm.formProps} layout="vertical" requiredMark={false}>
            <TextField
              schema={totpCodeSchema.shape.code}
              name="code"
              label="Code from the app"
              input={{ autoComplete: "one-time-code", inputMode: "numeric", maxLength: 7 }}
            />
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" loading={isBusy}>
                Confirm
              </Button>
              <Button onClick={() => void cancel()} disabled={isBusy}>
                Cancel
              </Button>
            </Flex>
          </Form>
        </div>
      </Flex>
    </Card>
  );
}
