// The signed-in person's authenticator apps: name, whether confirmed, when added, and removal
// after a confirmation.
import type { Factor } from "@supabase/supabase-js";
import { factorName, RemoveFactorButton } from "@supabase-client/mfa/remove-factor-button";
import type { FactorsState } from "@supabase-client/mfa/use-factors";
import { Table, Tag } from "antd";
import { DateTime } from "../../components/list/date-time";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";

type FactorsView = Pick<FactorsState, "factors" | "isLoading" | "reload">;

/** The factors as useFactors gives them; `reload` runs after a removal. */
export function FactorTable({ factors, isLoading, reload }: FactorsView) {
  const t = useAdminT();
  return (
    <Table<Factor>
      rowKey="id"
      dataSource={factors}
      loading={isLoading}
      pagination={false}
      locale={{ emptyText: t("admin.security.factors.empty") }}
      columns={[
        {
          title: t("admin.security.factors.name"),
          key: "name",
          render: (_: unknown, factor) => factorName(factor),
        },
        {
          title: t("admin.security.factors.status"),
          dataIndex: "status",
          render: (status: Factor["status"]) =>
            status === "verified" ? (
              <Tag color="green">{t("admin.security.factors.active")}</Tag>
            ) : (
              <Tag color="orange">{t("admin.security.factors.notConfirmed")}</Tag>
            ),
        },
        {
          title: t("admin.security.factors.added"),
          dataIndex: "created_at",
          render: (at: string) => <DateTime value={at} />,
        },
        {
          title: t("admin.security.factors.actions"),
          key: "actions",
          render: (_: unknown, factor) => (
            <RemoveFactorButton supabase={supabase} factor={factor} onRemoved={reload} />
          ),
        },
      ]}
    />
  );
}
