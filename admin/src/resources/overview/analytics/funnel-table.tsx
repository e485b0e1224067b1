// The sign-up funnel: people at each step and the share of the step before.
import type { FunnelRow, FunnelStepKey } from "@db/validation/analytics";
import { useFormat } from "@supabase-client/i18n/locale-context";
import { Table } from "antd";
import { useAdminT } from "../../../i18n";

export function FunnelTable({ rows }: { rows: FunnelRow[] }) {
  const t = useAdminT();
  const format = useFormat();
  return (
    <Table
      aria-label={t("admin.overview.analytics.funnel")}
      rowKey="step_key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          title: t("admin.overview.analytics.step"),
          dataIndex: "step_key",
          render: (key: FunnelStepKey) => t(`admin.overview.analytics.steps.${key}`),
        },
        {
          title: t("admin.overview.analytics.people"),
          dataIndex: "people",
          align: "right",
          render: (people: number) => format.number(people),
        },
        {
          title: t("admin.overview.analytics.conversion"),
          dataIndex: "conversion",
          align: "right",
          render: (value: number | null) =>
            value === null
              ? "—"
              : format.number(value / 100, { style: "percent", maximumFractionDigits: 1 }),
        },
      ]}
    />
  );
}
