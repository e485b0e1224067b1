// The staff member's own security page: their authenticator apps and adding one.

import { useFactors } from "@supabase-client/mfa/use-factors";
import { Alert, Flex, Typography } from "antd";
import { supabase } from "../../supabase";
import { EnrollCard } from "./enroll-card";
import { FactorTable } from "./factor-table";

export default function SecurityPage() {
  const { factors, isLoading, error, reload } = useFactors(supabase);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Security
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        Two-step sign-in: after your password, Atrium asks for a code from an authenticator app on
        your phone, so a leaked password alone does not open client data.
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon message={error} /> : null}
      <FactorTable factors={factors} isLoading={isLoading} onChange={reload} />
      <EnrollCard factors={factors} onChange={reload} />
    </Flex>
  );
}
