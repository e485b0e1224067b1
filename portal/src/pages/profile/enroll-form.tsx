// Turning two-step sign-in on: name the app, scan the QR code Auth draws (or type the key),
// confirm with a code. The QR code is Auth's own SVG data URI, so the portal ships no QR library.
// A factor left unconfirmed by an earlier attempt is removed first, so Auth does not refuse the
// new one as a name conflict.
import { factorNameSchema, totpCodeSchema } from "@db/validation/auth";
import type { Factor } from "@supabase/supabase-js";
import { TextField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { App, Button, Flex, Form, Typography } from "antd";
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

export function EnrollForm({ factors, onChange }: { factors: Factor[]; onChange: () => unknown }) {
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
    void message.success(`${pending.name} is set up: signing in will ask for its code`);
    onChange();
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
      <Form
        {...nameForm.formProps}
        layout="vertical"
        requiredMark={false}
        initialValues={{ friendly_name: "Authenticator app" }}
      >
        <TextField schema={factorNameSchema.shape.friendly_name} name="friendly_name" />
        <Button type="primary" htmlType="submit" loading={isBusy}>
          Set up an authenticator app
        </Button>
      </Form>
    );
  }

  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>Set up {pending.name}</Typography.Text>
      <img
        src={pending.qrCode}
        alt={`QR code to add your Atrium account to ${pending.name}`}
        width={180}
        height={180}
      />
      <Typography.Paragraph style={{ margin: 0 }}>
        1. Scan the QR code with your authenticator app, or enter this key by hand:
      </Typography.Paragraph>
      <Typography.Paragraph style={{ margin: 0 }}>
        <Typography.Text
          code
          aria-label="Manual key"
          copyable={{ text: pending.secret, tooltips: ["Copy key", "Copied"] }}
        >
          {grouped(pending.secret)}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph style={{ margin: 0 }}>
        2. Type the 6-digit code the app shows.
      </Typography.Paragraph>
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
    </Flex>
  );
}
