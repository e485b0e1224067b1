// Who has access to a product: people and whole companies, with their grant's state. Revoking
// deletes the grant, so the product disappears from the grantee's portal at once.
import { grantState, grantStateLabels } from "@db/status/beta";
import { DateField } from "@refinedev/antd";
import { CanAccess, useDelete, useList } from "@refinedev/core";
import { Button, Popconfirm, Table, Tag } from "antd";
import { type GrantRow, granteeName, grantRowSelect } from "./grants";

export function GrantList({ productId }: { productId: string }) {
  const { result, query } = useList<GrantRow>({
    resource: "beta_access",
    filters: [{ field: "product_id", operator: "eq", value: productId }],
    sorters: [{ field: "granted_at", order: "desc" }],
    pagination: { mode: "off" },
    meta: { select: grantRowSelect },
  });
  const { mutate, mutation } = useDelete<GrantRow>();
  const now = new Date();

  const revoke = (grant: GrantRow) =>
    mutate({
      resource: "beta_access",
      id: grant.id,
      successNotification: {
        type: "success",
        message: `${granteeName(grant)} no longer has access`,
      },
    });

  return (
    <Table<GrantRow>
      dataSource={result.data}
      loading={query.isLoading}
      rowKey="id"
      pagination={false}
      size="small"
      locale={{ emptyText: "Nobody has access yet." }}
    >
      <Table.Column<GrantRow> title="Who" render={(_, grant) => granteeName(grant)} />
      <Table.Column<GrantRow>
        title="Kind"
        render={(_, grant) => (grant.company_id ? <Tag>Company</Tag> : <Tag>Person</Tag>)}
      />
      <Table.Column<GrantRow>
        dataIndex="granted_at"
        title="Granted"
        render={(value: string) => <DateField value={value} format="D MMM YYYY" />}
      />
      <Table.Column<GrantRow>
        title="State"
        render={(_, grant) => {
          const look = grantStateLabels[grantState(grant, now)];
          return <Tag color={look.color}>{look.label}</Tag>;
        }}
      />
      <Table.Column<GrantRow>
        title="Actions"
        render={(_, grant) => (
          <CanAccess resource="beta_access" action="delete">
            <Popconfirm
              title={`Revoke ${granteeName(grant)}'s access?`}
              description="The product and its builds disappear from their portal."
              okText="Revoke"
              okButtonProps={{ danger: true }}
              onConfirm={() => revoke(grant)}
            >
              <Button danger size="small" loading={mutation.isPending}>
                Revoke
              </Button>
            </Popconfirm>
          </CanAccess>
        )}
      />
    </Table>
  );
}
