// A table's pg_policies rows and grants, shown when its row in the matrix is opened.
import type { AccessMatrixRow, AccessPolicy } from "@db/validation/access-matrix";
import { Descriptions, Table, Tag, Typography } from "antd";
import { operations } from "./derive-access";

const code = (text: string | null) =>
  text === null ? (
    <Typography.Text type="secondary">—</Typography.Text>
  ) : (
    <Typography.Text code style={{ whiteSpace: "pre-wrap" }}>
      {text}
    </Typography.Text>
  );

function grantsText(row: AccessMatrixRow, role: "anon" | "authenticated"): string {
  const granted = operations.flatMap((operation) => {
    const level = row.grants[role][operation];
    return level === null ? [] : [level === "columns" ? `${operation} (some columns)` : operation];
  });
  return granted.length > 0 ? granted.join(", ") : "nothing";
}

export function PolicyTable({ row }: { row: AccessMatrixRow }) {
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="anon may attempt">{grantsText(row, "anon")}</Descriptions.Item>
        <Descriptions.Item label="authenticated may attempt">
          {grantsText(row, "authenticated")}
        </Descriptions.Item>
      </Descriptions>
      <Table<AccessPolicy>
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={row.policies}
        locale={{ emptyText: "No policies: with RLS on, nobody but the owner gets a row." }}
        aria-label={`Policies on ${row.table_schema}.${row.table_name}`}
        columns={[
          { title: "Policy", dataIndex: "name" },
          { title: "Command", dataIndex: "command" },
          {
            title: "Roles",
            dataIndex: "roles",
            render: (roles: string[]) => roles.map((role) => <Tag key={role}>{role}</Tag>),
          },
          {
            title: "Kind",
            dataIndex: "permissive",
            render: (isPermissive: boolean) => (isPermissive ? "permissive" : "restrictive"),
          },
          { title: "Using", dataIndex: "using", render: code },
          { title: "With check", dataIndex: "with_check", render: code },
        ]}
      />
    </>
  );
}
