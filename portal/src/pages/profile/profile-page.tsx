// The signed-in client's profile: who they are, and two-step sign-in, which clients may turn on
// (MFA is optional for them): their authenticator apps, adding one, removing one.
import { useGetIdentity } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { useFactors } from "@supabase-client/mfa/use-factors";
import { Alert, Card, Descriptions, Skeleton, Space, Typography } from "antd";
import { supabase } from "../../supabase";
import { EnrollForm } from "./enroll-form";
import { FactorList } from "./factor-list";

export function ProfilePage() {
  const { data: identity, isLoading: isIdentityLoading } = useGetIdentity<Identity>();
  const { factors, isLoading, error, reload } = useFactors(supabase);

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Card title="Profile">
        {isIdentityLoading || !identity ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <Descriptions column={1} size="small">
            <Descriptions.Item label="Name">{identity.name}</Descriptions.Item>
            <Descriptions.Item label="Email">{identity.email}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
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
    </Space>
  );
}
