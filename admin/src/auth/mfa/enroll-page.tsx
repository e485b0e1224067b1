// Before the first staff page: a staff member signed in without any authenticator app adds one
// (QR code or manual key, then a code). The database gives staff their rights only at `aal2`, so
// the admin has nothing to show them until then. Cancelling signs out.
import { ThemedTitle } from "@refinedev/antd";
import { useInvalidateAuthStore, useLogout } from "@refinedev/core";
import { needsFactorEnrollment } from "@supabase-client/auth-provider";
import { useFactors } from "@supabase-client/mfa/use-factors";
import { Alert, Button, Card, Flex, Spin, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { EnrollCard } from "../../resources/security/enroll-card";
import { supabase } from "../../supabase";
import { useNextPath } from "./next-path";

export function MfaEnrollPage() {
  const navigate = useNavigate();
  const invalidateAuth = useInvalidateAuthStore();
  const { mutate: logout } = useLogout();
  const [isNeeded, setNeeded] = useState<boolean | null>(null);
  const { factors, error, reload } = useFactors(supabase);
  const next = useNextPath();

  useEffect(() => {
    let isCurrent = true;
    const decide = async () => {
      const needed = await needsFactorEnrollment(supabase);
      if (!isCurrent) {
        return;
      }
      if (!needed) {
        // Signed out, or a factor exists already: the staff routes' check says where to go.
        void navigate(next, { replace: true });
        return;
      }
      setNeeded(true);
    };
    void decide();
    return () => {
      isCurrent = false;
    };
  }, [navigate, next]);

  const finish = async () => {
    // The aal2 session reaches Realtime only when handed over (see supabase/client/mfa/code-step.tsx).
    await supabase.realtime.setAuth();
    await invalidateAuth();
    void navigate(next, { replace: true });
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: "100vh", padding: 24 }}>
      <Flex vertical gap={16} style={{ width: "min(720px, 100%)" }}>
        <Card>
          <Flex justify="center" style={{ marginBottom: 16 }}>
            <ThemedTitle collapsed={false} text="Atrium admin" />
          </Flex>
          <Typography.Title level={3}>Set up two-step sign-in</Typography.Title>
          <Typography.Paragraph>
            Staff accounts open client data, so Atrium asks for a code from an authenticator app
            after your password. Add one now to continue; later sign-ins ask for its code.
          </Typography.Paragraph>
          {error ? <Alert type="error" showIcon message={error} /> : null}
        </Card>
        {isNeeded ? (
          <EnrollCard
            factors={factors}
            onChange={reload}
            onVerified={() => void finish()}
            title="Add your authenticator app"
          />
        ) : (
          <Spin style={{ display: "block", margin: 24 }} />
        )}
        <Button type="link" onClick={() => logout()}>
          Cancel and sign out
        </Button>
      </Flex>
    </Flex>
  );
}
