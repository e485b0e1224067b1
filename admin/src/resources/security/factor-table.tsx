// The signed-in person's authenticator apps: name, whether confirmed, when added, and removal
// after a confirmation.
import type { Factor } from "@supabase/supabase-js";
import { factorName, RemoveFactorButton } from "@supabase-client/mfa/remove-factor-button";
import { Table, Tag } from "antd";
import dayjs from "dayjs";
import { supabase } from "../../supabase";

export function FactorTable({
  factors,
  isLoading,
  onChange,
}: {
  factors: Factor[];
  isLoading: boolean;
  onChange: () => unknown;
}) {
  return (
    <Table<Factor>
      rowKey="id"
      dataSource={factors}
      loading={isLoading}
      pagination={false}
      locale={{ emptyText: "No authenticator app yet: signing in asks only for your password." }}
      columns={[
        {
          title: "Name",
          key: "name",
          render: (_: unknown, factor) => factorName(factor),
        },
        {
          title: "Status",
          dataIndex: "status",
          render: (status: Factor["status"]) =>
            status === "verified" ? (
              <Tag color="green">Active</Tag>
            ) : (
              <Tag color="orange">Not confirmed</Tag>
            ),
        },
        {
          title: "Added",
          dataIndex: "created_at",
          render: (at: string) => dayjs(at).format("D MMM YYYY, HH:mm"),
        },
        {
          title: "Actions",
          key: "actions",
          render: (_: unknown, factor) => (
            <RemoveFactorButton supabase={supabase} factor={factor} onRemoved={onChange} />
          ),
        },
      ]}
    />
  );
}
