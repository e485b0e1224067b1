// The staff member's own security page: their authenticator apps and adding one.

import { useFactors } from "@supabase-client/mfa/use-factors";
import { Alert, Flex, Typography } from "antd";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";
import { EnrollCard } from "./enroll-card";
import { FactorTable } from "./factor-table";

export default function SecurityPage() {
  const { factors, isLoading, error, reload } = useFactors(supabase);
  const t = useAdminT();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("admin.security.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("admin.security.intro")}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon message={error} /> : null}
      <FactorTable factors={factors} isLoading={isLoading} reload={reload} />
      <EnrollCard factors={factors} onChange={reload} />
    </Flex>
  );
}
