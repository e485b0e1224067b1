// The second sign-in step: a staff member whose password (or link) opened an `aal1` session
// types the code of their authenticator app; a verified code raises the session to `aal2` and
// the staff pages open. Cancelling signs out.
import { totpCodeSchema } from "@db/validation/auth";
import { ThemedTitle } from "@refinedev/antd";
import { useInvalidateAuthStore, useLogout } from "@refinedev/core";
import { needsSecondFactor } from "@supabase-client/auth-provider";
import { TextField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { Alert, Button, Card, Flex, Form, Spin, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { supabase } from "../../supabase";

/** Where the code leads: the page the person was heading to, if it is one of ours. */
function destination(to: string | null): string {
  return to?.startsWith("/") && !to.startsWith("//") ? to : "/";
}

export function MfaCodePage() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const invalidateAuth = useInvalidateAuthStore();
  const { mutate: logout } = useLogout();
  const [factorId, setFactorId] = useState<string | null>(null);
  const [problem, setProblem] = useState("");
  const [isVerifying, setVerifying] = useState(false);
  const next = destination(search.get("to"));

  useEffect(() => {
    let isCurrent = true;
    const findFactor = async () => {
      if (!(await needsSecondFactor(supabase))) {
        // No session goes back to sign-in; a finished one goes on (the staff routes decide).
        const { data } = await supabase.auth.getSession();
        void navigate(data.session ? next : "/login", { replace: true });
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
  }, [navigate, next]);

  const verify = async ({ code }: { code: string }) => {
    if (!factorId) {
      return;
    }
    setVerifying(true);
    const { error } = await supabase.auth.mfa.challengeAndVerify({ factorId, code });
    setVerifying(false);
    if (error) {
      // GoTrue's own sentence ("Invalid TOTP code entered", a rate limit, …) next to the field.
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
    <Flex justify="center" align="center" style={{ minHeight: "100vh", padding: 24 }}>
      <Card style={{ width: 400 }}>
        <Flex justify="center" style={{ marginBottom: 16 }}>
          <ThemedTitle collapsed={false} text="Atrium admin" />
        </Flex>
        <Typography.Title level={3}>Two-step sign-in</Typography.Title>
        {problem ? (
          <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />
        ) : null}
        {factorId ? (
          <Form {...formProps} layout="vertical" requiredMark={false}>
            <TextField
              schema={totpCodeSchema.shape.code}
              name="code"
              label="Enter the code from your authenticator app"
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
    </Flex>
  );
}
