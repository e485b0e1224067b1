// A product's invite codes and how many of their uses are gone; clients redeem them in the
// portal, which counts each use in the database.
import type { BetaInviteCode } from "@db/schema/beta";
import { DateField } from "@refinedev/antd";
import { useList } from "@refinedev/core";
import { Table, Tag, Typography } from "antd";

export function InviteCodeList({ productId }: { productId: string }) {
  const { result, query } = useList<BetaInviteCode>({
    resource: "beta_invite_codes",
    filters: [{ field: "product_id", operator: "eq", value: productId }],
    sorters: [{ field: "created_at", order: "desc" }],
    pagination: { mode: "off" },
  });
  const now = Date.now();

  return (
    <Table<BetaInviteCode>
      dataSource={result.data}
      loading={query.isLoading}
      rowKey="id"
      pagination={false}
      size="small"
      locale={{ emptyText: "No invite codes yet." }}
    >
      <Table.Column<BetaInviteCode>
        dataIndex="code"
        title="Code"
        render={(code: string) => <Typography.Text copyable>{code}</Typography.Text>}
      />
      <Table.Column<BetaInviteCode>
        title="Uses"
        render={(_, code) => (
          <span>
            {code.uses} / {code.max_uses}
            {code.uses >= code.max_uses ? <Tag style={{ marginLeft: 8 }}>Used up</Tag> : null}
          </span>
        )}
      />
      <Table.Column<BetaInviteCode>
        dataIndex="expires_at"
        title="Expires"
        render={(value: string | null) =>
          value ? (
            <span>
              <DateField value={value} format="D MMM YYYY" />
              {new Date(value).getTime() <= now ? (
                <Tag style={{ marginLeft: 8 }}>Expired</Tag>
              ) : null}
            </span>
          ) : (
            <Typography.Text type="secondary">Never</Typography.Text>
          )
        }
      />
    </Table>
  );
}
