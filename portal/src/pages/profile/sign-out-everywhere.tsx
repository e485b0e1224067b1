// Ends every session of the person (this browser, their phone, a forgotten laptop): Auth's
// logout with scope=global revokes all their refresh tokens. Asked first: it signs this one out too.
import { portalPaths } from "@db/routes/portal";
import { useInvalidateAuthStore } from "@refinedev/core";
import { App, Button, Popconfirm, Typography } from "antd";
import { useNavigate } from "react-router";
import { supabase } from "../../supabase";

export function SignOutEverywhere() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const invalidateIdentity = useInvalidateAuthStore();

  const signOutEverywhere = async () => {
    const { error } = await supabase.auth.signOut({ scope: "global" });
    if (error) {
      void message.error(error.message);
      return;
    }
    await invalidateIdentity();
    void navigate(portalPaths.login, { replace: true });
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        Signs you out on every device and browser, this one included.
      </Typography.Paragraph>
      <Popconfirm
        title="Sign out everywhere?"
        description="Every device will ask for your password again."
        okText="Sign out everywhere"
        okButtonProps={{ danger: true }}
        onConfirm={signOutEverywhere}
      >
        <Button danger>Sign out everywhere</Button>
      </Popconfirm>
    </>
  );
}
