// The signed-in client's profile: their name and language, password and email, two-step sign-in
// (optional for clients: their authenticator apps, adding one, removing one), and signing out on
// every device.
import { useGetIdentity } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { useT } from "@supabase-client/i18n/locale-context";
import { useFactors } from "@supabase-client/mfa/use-factors";
import { Alert, Card, Skeleton, Space, Typography } from "antd";
import { supabase } from "../../supabase";
import { DetailsForm } from "./details-form";
import { EmailForm } from "./email-form";
import { EnrollForm } from "./enroll-form";
import { FactorList } from "./factor-list";
import { PasswordForm } from "./password-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

export function ProfilePage() {
  const { data: identity, isLoading: isIdentityLoading } = useGetIdentity<Identity>();
  const { factors, isLoading, error, reload } = useFactors(supabase);
  const t = useT();

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      {isIdentityLoading || !identity ? (
        <Card title={t("portal.profile.title")}>
          <Skeleton active paragraph={{ rows: 2 }} />
        </Card>
      ) : (
        <>
          <Card title={t("portal.profile.title")}>
            <DetailsForm profileId={identity.id} />
          </Card>
          <Card title={t("portal.profile.emailTitle")}>
            <Typography.Paragraph>
              {t("portal.profile.signedInAs", { email: identity.email })}
            </Typography.Paragraph>
            <EmailForm currentEmail={identity.email} />
          </Card>
          <Card title={t("portal.profile.passwordTitle")}>
            <PasswordForm />
          </Card>
        </>
      )}
      <Card title={t("portal.profile.mfaTitle")}>
        <Typography.Paragraph type="secondary">{t("portal.profile.mfaText")}</Typography.Paragraph>
        {error ? (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />
        ) : null}
        <FactorList factors={factors} isLoading={isLoading} reload={reload} />
        <EnrollForm factors={factors} onChange={reload} />
      </Card>
      <Card title={t("portal.profile.sessionsTitle")}>
        <SignOutEverywhere />
      </Card>
    </Space>
  );
}
