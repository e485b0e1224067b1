// Ends every session of the person (this browser, their phone, a forgotten laptop): Auth's
// logout with scope=global revokes all their refresh tokens. Asked first: it signs this one out too.
import { portalPaths } from "@db/routes/portal";
import { useInvalidateAuthStore } from "@refinedev/core";
import { useT } from "@supabase-client/i18n/locale-context";
import { App, Button, Popconfirm, Typography } from "antd";
import { useNavigate } from "react-router";
import { supabase } from "../../supabase";

export function SignOutEverywhere() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const invalidateIdentity = useInvalidateAuthStore();
  const t = useT();

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
        {t("portal.profile.everywhereText")}
      </Typography.Paragraph>
      <Popconfirm
        title={t("portal.profile.everywhereConfirm")}
        description={t("portal.profile.everywhereWarning")}
        okText={t("portal.profile.everywhere")}
        okButtonProps={{ danger: true }}
        onConfirm={signOutEverywhere}
      >
        <Button danger>{t("portal.profile.everywhere")}</Button>
      </Popconfirm>
    </>
  );
}
