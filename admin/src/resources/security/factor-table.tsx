// The signed-in person's authenticator apps: name, whether confirmed, when added, and removal
// after a confirmation.
import type { Factor } from "@supabase/supabase-js";
import { App, Button, Popconfirm, Table, Tag } from "antd";
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
  const { message } = App.useApp();

  const remove = async (factor: Factor) => {
    const { error } = await supabase.auth.mfa.unenroll({ factorId: factor.id });
    if (error) {
      void message.error(error.message);
      return;
    }
    void message.success(`${factor.friendly_name ?? "Authenticator app"} removed`);
    onChange();
  };

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
          dataIndex: "friendly_name",
          render: (name: string | undefined) => name ?? "Authenticator app",
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
            <Popconfirm
              title={`Remove ${factor.friendly_name ?? "this authenticator app"}?`}
              description="Signing in will no longer ask for its code."
              okText="Remove"
              okButtonProps={{ danger: true }}
              onConfirm={() => remove(factor)}
            >
              <Button danger size="small">
                Remove
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
