// The second sign-in step both apps show: find the person's verified authenticator app, take its
// code, raise the `aal1` session to `aal2` and go on; cancelling signs out. The page around it
// (card, titles) is each app's own.
import { totpCodeSchema } from "@db/validation/auth";
import { useInvalidateAuthStore, useLogout } from "@refinedev/core";
import type { SupabaseClient } from "@supabase/supabase-js";
import { Alert, Button, Form, Spin } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { needsSecondFactor } from "../auth-provider";
import { TextField } from "../forms/fields";
import { useSchemaForm } from "../forms/use-schema-form";
import { useT } from "../i18n/locale-context";

export interface CodeStepProps {
  supabase: SupabaseClient;
  /** Where a verified code (or a sign-in already finished) leads. */
  next: string;
  /** Where someone with no session at all is sent. */
  signInPath: string;
  /** The code field's label. */
  label: string;
}

/** Marks "no authenticator app is set up", which the effect finds before any words are chosen. */
const noFactor = "no-factor";

/** @example <CodeStep supabase={supabase} next="/" signInPath="/login" label="Code" /> */
export function CodeStep({ supabase, next, signInPath, label }: CodeStepProps) {
  const navigate = useNavigate();
  const t = useT();
  const invalidateAuth = useInvalidateAuthStore();
  const { mutate: logout } = useLogout();
  const [factorId, setFactorId] = useState<string | null>(null);
  const [problem, setProblem] = useState("");
  // Auth's own message as it came; having no factor at all is put in words as the page renders.
  const shownProblem = problem === noFactor ? t("mfa.noFactor") : problem;
  const [isVerifying, setVerifying] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    const findFactor = async () => {
      if (!(await needsSecondFactor(supabase))) {
        // No session goes back to sign-in; a finished one goes on (the app's routes decide).
        const { data } = await supabase.auth.getSession();
        void navigate(data.session ? next : signInPath, { replace: true });
        return;
      }
      const { data, error } = await supabase.auth.mfa.listFactors();
      if (!isCurrent) {
        return;
      }
      const factor = data?.totp.find((candidate) => candidate.status === "verified");
      if (error || !factor) {
        setProblem(error?.message ?? noFactor);
        return;
      }
      setFactorId(factor.id);
    };
    void findFactor();
    return () => {
      isCurrent = false;
    };
  }, [supabase, navigate, next, signInPath]);

  const verify = async ({ code }: { code: string }) => {
    if (!factorId) {
      return;
    }
    setVerifying(true);
    const { error } = await supabase.auth.mfa.challengeAndVerify({ factorId, code });
    setVerifying(false);
    if (error) {
      // Auth's own sentence ("Invalid TOTP code entered", a rate limit, …) next to the field.
      showErrors([{ name: ["code"], errors: [error.message] }]);
      return;
    }
    // auth-js announces the aal2 session as MFA_CHALLENGE_VERIFIED, which supabase-js does not
    // pass on to Realtime: hand it over, or live lists would filter as the aal1 session.
    await supabase.realtime.setAuth();
    await invalidateAuth();
    void navigate(next, { replace: true });
  };

  const { formProps, showErrors } = useSchemaForm(totpCodeSchema, { onValid: verify });

  return (
    <>
      {problem ? (
        <Alert type="error" showIcon message={shownProblem} style={{ marginBottom: 16 }} />
      ) : null}
      {factorId ? (
        <Form {...formProps} layout="vertical" requiredMark={false}>
          <TextField
            schema={totpCodeSchema.shape.code}
            name="code"
            label={label}
            input={{
              autoComplete: "one-time-code",
              inputMode: "numeric",
              maxLength: 7,
              autoFocus: true,
            }}
          />
          <Button type="primary" htmlType="submit" block loading={isVerifying}>
            {t("mfa.verify")}
          </Button>
        </Form>
      ) : problem ? null : (
        <Spin style={{ display: "block", margin: 24 }} />
      )}
      <Button type="link" block onClick={() => logout()} style={{ marginTop: 8 }}>
        {t("mfa.cancelSignOut")}
      </Button>
    </>
  );
}
