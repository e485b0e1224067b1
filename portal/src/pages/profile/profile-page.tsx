// The signed-in client's profile: their name and language, password and email, two-step sign-in
// (optional for clients: their authenticator apps, adding one, removing one), and signing out on
// every device.
import { useGetIdentity } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
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

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      {isIdentityLoading || !identity ? (
        <Card title="Profile">
          <Skeleton active paragraph={{ rows: 2 }} />
        </Card>
      ) : (
        <>
          <Card title="Profile">
            <DetailsForm profileId={identity.id} />
          </Card>
          <Card title="Email">
            <Typography.Paragraph>
              You sign in as <Typography.Text strong>{identity.email}</Typography.Text>.
            </Typography.Paragraph>
            <EmailForm currentEmail={identity.email} />
          </Card>
          <Card title="Password">
            <PasswordForm />
          </Card>
        </>
      )}
      <Card title="Two-step sign-in">
        <Typography.Paragraph type="secondary">
          Optional: after your password, Atrium also asks for a code from an authenticator app on
          your phone (Google Authenticator, 1Password, Aegis…), so a leaked password alone does not
          open your account.
        </Typography.Paragraph>
        {error ? (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />
        ) : null}
        <FactorList factors={factors} isLoading={isLoading} onChange={reload} />
        <EnrollForm factors={factors} onChange={reload} />
      </Card>
      <Card title="Sessions">
        <SignOutEverywhere />
      </Card>
    </Space>
  );
}
