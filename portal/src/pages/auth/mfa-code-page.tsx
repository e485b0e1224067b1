// The second sign-in step for a client who set up an authenticator app on their profile page: the
// password (or link) opened an `aal1` session, the app's code raises it to `aal2`, then the
// portal opens. Cancelling signs out. The step itself is shared with the admin.
import { portalPaths } from "@db/routes/portal";
import { useT } from "@supabase-client/i18n/locale-context";
import { CodeStep } from "@supabase-client/mfa/code-step";
import { Card, Typography } from "antd";
import { supabase } from "../../supabase";

export function MfaCodePage() {
  const t = useT();
  return (
    <Card>
      <Typography.Title level={3}>{t("auth.mfa.title")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("auth.mfa.intro")}</Typography.Paragraph>
      <CodeStep
        supabase={supabase}
        next={portalPaths.status}
        signInPath={portalPaths.login}
        label={t("auth.mfa.label")}
      />
    </Card>
  );
}
