// Adding an authenticator app, as both apps do it: name it, let Auth draw its QR code (an SVG data
// URI, so no QR library ships), confirm with a code. A factor left unconfirmed by an earlier
// attempt is removed first, so Auth does not refuse the new one as a name conflict.
import { factorNameSchema, totpCodeSchema } from "@db/validation/auth";
import type { Factor, SupabaseClient } from "@supabase/supabase-js";
import { App } from "antd";
import { useState } from "react";
import { useSchemaForm } from "../forms/use-schema-form";

export interface PendingFactor {
  id: string;
  name: string;
  qrCode: string;
  secret: string;
}

export interface EnrollmentOptions {
  factors: Factor[];
  /** Called whenever the person's factors changed, to reload them. */
  onChange: () => unknown;
  /** Called once the new factor is verified (the session is then at aal2). */
  onVerified?: () => unknown;
}

/** @example const enrollment = useEnrollment(supabase, { factors, onChange: reload }); */
export function useEnrollment(
  supabase: SupabaseClient,
  { factors, onChange, onVerified }: EnrollmentOptions,
) {
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
    void message.success(`${pending.name} is set up: signing in will ask for its code`);
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

  return { pending, isBusy, nameForm, codeForm, cancel };
}

export type Enrollment = ReturnType<typeof useEnrollment>;
