// The second sign-in step: a staff member whose password (or link) opened an `aal1` session
// types the code of their authenticator app; a verified code raises the session to `aal2` and
// the staff pages open. Cancelling signs out. The step itself is shared with the portal.
import { ThemedTitle } from "@refinedev/antd";
import { useT } from "@supabase-client/i18n/locale-context";
import { CodeStep } from "@supabase-client/mfa/code-step";
import { Card, Flex, Typography } from "antd";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";
import { useNextPath } from "./next-path";

export function MfaCodePage() {
  const next = useNextPath();
  const t = useAdminT();
  const shared = useT();
  return (
    <Flex justify="center" align="center" style={{ minHeight: "100vh", padding: 24 }}>
      <Card style={{ width: 400 }}>
        <Flex justify="center" style={{ marginBottom: 16 }}>
          <ThemedTitle collapsed={false} text={t("admin.shell.appName")} />
        </Flex>
        <Typography.Title level={3}>{shared("auth.mfa.title")}</Typography.Title>
        <CodeStep
          supabase={supabase}
          next={next}
          signInPath="/login"
          label={t("admin.auth.mfa.codeLabel")}
        />
      </Card>
    </Flex>
  );
}
