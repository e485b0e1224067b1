// The second sign-in step for a client who set up an authenticator app on their profile page: the
// password (or link) opened an `aal1` session, the app's code raises it to `aal2`, then the
// portal opens. Cancelling signs out. The step itself is shared with the admin.
import { portalPaths } from "@db/routes/portal";
import { CodeStep } from "@supabase-client/mfa/code-step";
import { Card, Typography } from "antd";
import { supabase } from "../../supabase";

export function MfaCodePage() {
  return (
    <Card>
      <Typography.Title level={3}>Two-step sign-in</Typography.Title>
      <Typography.Paragraph type="secondary">
        Open the authenticator app you set up for Atrium and type the 6-digit code it shows.
      </Typography.Paragraph>
      <CodeStep
        supabase={supabase}
        next={portalPaths.status}
        signInPath={portalPaths.login}
        label="Code from your authenticator app"
      />
    </Card>
  );
}
