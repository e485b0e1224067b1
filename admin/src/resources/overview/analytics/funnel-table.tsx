// The sign-up funnel: people at each step and the share of the step before.
import type { FunnelRow, FunnelStepKey } from "@db/validation/analytics";
import { Table } from "antd";

const stepLabels: Record<FunnelStepKey, string> = {
  visit: "Visited the portal",
  started: "Started sign-up",
  submitted: "Submitted sign-up",
  confirmed: "Confirmed email",
  approved: "Request approved",
  active: "First portal sign-in",
};

export function FunnelTable({ rows }: { rows: FunnelRow[] }) {
  return (
    <Table
      aria-label="Sign-up funnel"
      rowKey="step_key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: "Step", dataIndex: "step_key", render: (key: FunnelStepKey) => stepLabels[key] },
        { title: "People", dataIndex: "people", align: "right" },
        {
          title: "Conversion",
          dataIndex: "conversion",
          align: "right",
          render: (value: number | null) => (value === null ? "—" : `${value}%`),
        },
      ]}
    />
  );
}
