// The client's authenticator apps, each removable after a confirmation.
import type { Factor } from "@supabase/supabase-js";
import { App, Button, List, Popconfirm, Tag, Typography } from "antd";
import { supabase } from "../../supabase";

const nameOf = (factor: Factor) => factor.friendly_name ?? "Authenticator app";

export function FactorList({
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
    void message.success(`${nameOf(factor)} removed`);
    onChange();
  };

  const active = factors.filter((factor) => factor.status === "verified");
  if (!isLoading && active.length === 0) {
    // Plain text rather than antd's empty state, whose faint grey fails the 4.5:1 contrast.
    return (
      <Typography.Paragraph>Off: signing in asks only for your password.</Typography.Paragraph>
    );
  }
  return (
    <List<Factor>
      loading={isLoading}
      dataSource={active}
      renderItem={(factor) => (
        <List.Item
          actions={[
            <Popconfirm
              key="remove"
              title={`Remove ${nameOf(factor)}?`}
              description="Signing in will no longer ask for its code."
              okText="Remove"
              okButtonProps={{ danger: true }}
              onConfirm={() => remove(factor)}
            >
              <Button danger size="small">
                Remove
              </Button>
            </Popconfirm>,
          ]}
        >
          <List.Item.Meta
            title={
              <>
                {nameOf(factor)} <Tag color="green">Active</Tag>
              </>
            }
            description={
              <Typography.Text type="secondary">
                Added {new Date(factor.created_at).toLocaleDateString()}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );
}
