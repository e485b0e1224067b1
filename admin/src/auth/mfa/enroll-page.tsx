// Before the first staff page: a staff member signed in without any authenticator app adds one
// (QR code or manual key, then a code). The database gives staff their rights only at `aal2`, so
// the admin has nothing to show them until then. Cancelling signs out.
import { ThemedTitle } from "@refinedev/antd";
import { useInvalidateAuthStore, useLogout } from "@refinedev/core";
import { needsFactorEnrollment } from "@supabase-client/auth-provider";
import { useT } from "@supabase-client/i18n/locale-context";
import { useFactors } from "@supabase-client/mfa/use-factors";
import { Alert, Button, Card, Flex, Spin, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { useAdminT } from "../../i18n";
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
  const t = useAdminT();
  const shared = useT();

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
            <ThemedTitle collapsed={false} text={t("admin.shell.appName")} />
          </Flex>
          <Typography.Title level={3}>{t("admin.auth.mfa.enrollTitle")}</Typography.Title>
          <Typography.Paragraph>{t("admin.auth.mfa.enrollWhy")}</Typography.Paragraph>
          {error ? <Alert type="error" showIcon message={error} /> : null}
        </Card>
        {isNeeded ? (
          <EnrollCard
            factors={factors}
            onChange={reload}
            onVerified={() => void finish()}
            title={t("admin.auth.mfa.addApp")}
          />
        ) : (
          <Spin style={{ display: "block", margin: 24 }} />
        )}
        <Button type="link" onClick={() => logout()}>
          {shared("mfa.cancelSignOut")}
        </Button>
      </Flex>
    </Flex>
  );
}
