// The second sign-in step for a client who set up an authenticator app on their profile page: the
// password (or link) opened an `aal1` session, the app's code raises it to `aal2`, then the
// portal opens. Cancelling signs out. Mirrors the admin's code page.
import { portalPaths } from "@db/routes/portal";
import { totpCodeSchema } from "@db/validation/auth";
import { useInvalidateAuthStore, useLogout } from "@refinedev/core";
import { needsSecondFactor } from "@supabase-client/auth-provider";
import { TextField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { Alert, Button, Card, Form, Spin, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { supabase } from "../../supabase";

export function MfaCodePage() {
  const navigate = useNavigate();
  const invalidateAuth = useInvalidateAuthStore();
  const { mutate: logout } = useLogout();
  const [factorId, setFactorId] = useState<string | null>(null);
  const [problem, setProblem] = useState("");
  const [isVerifying, setVerifying] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    const findFactor = async () => {
      if (!(await needsSecondFactor(supabase))) {
        // Nobody signed in goes to sign-in; a finished sign-in goes home.
        const { data } = await supabase.auth.getSession();
        void navigate(data.session ? portalPaths.status : portalPaths.login, { replace: true });
        return;
      }
      const { data, error } = await supabase.auth.mfa.listFactors();
      if (!isCurrent) {
        return;
      }
      const factor = data?.totp.find((candidate) => candidate.status === "verified");
      if (error || !factor) {
        setProblem(error?.message ?? "No authenticator app is set up for this account.");
        return;
      }
      setFactorId(factor.id);
    };
    void findFactor();
    return () => {
      isCurrent = false;
    };
  }, [navigate]);

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
    await invalidateAuth();
    void navigate(portalPaths.status, { replace: true });
  };

  const { formProps, showErrors } = useSchemaForm(totpCodeSchema, { onValid: verify });

  return (
    <Card>
      <Typography.Title level={3}>Two-step sign-in</Typography.Title>
      <Typography.Paragraph type="secondary">
        Open the authenticator app you set up for Atrium and type the 6-digit code it shows.
      </Typography.Paragraph>
      {problem ? (
        <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />
      ) : null}
      {factorId ? (
        <Form {...formProps} layout="vertical" requiredMark={false}>
          <TextField
            schema={totpCodeSchema.shape.code}
            name="code"
            label="Code from your authenticator app"
            input={{
              autoComplete: "one-time-code",
              inputMode: "numeric",
              maxLength: 7,
              autoFocus: true,
            }}
          />
          <Button type="primary" htmlType="submit" block loading={isVerifying}>
            Verify
          </Button>
        </Form>
      ) : problem ? null : (
        <Spin style={{ display: "block", margin: 24 }} />
      )}
      <Button type="link" block onClick={() => logout()} style={{ marginTop: 8 }}>
        Cancel and sign out
      </Button>
    </Card>
  );
}
