// A table's pg_policies rows and grants, shown when its row in the matrix is opened.
import type { AccessMatrixRow, AccessPolicy } from "@db/validation/access-matrix";
import { Descriptions, Table, Tag, Typography } from "antd";
import { useAdminT } from "../../i18n";
import { operations } from "./derive-access";

const code = (text: string | null) =>
  text === null ? (
    <Typography.Text type="secondary">—</Typography.Text>
  ) : (
    <Typography.Text code style={{ whiteSpace: "pre-wrap" }}>
      {text}
    </Typography.Text>
  );

function grantsText(
  t: ReturnType<typeof useAdminT>,
  row: AccessMatrixRow,
  role: "anon" | "authenticated",
): string {
  const granted = operations.flatMap((operation) => {
    const level = row.grants[role][operation];
    if (level === null) {
      return [];
    }
    return [
      level === "columns" ? t("admin.accessMatrix.policies.someColumns", { operation }) : operation,
    ];
  });
  return granted.length > 0 ? granted.join(", ") : t("admin.accessMatrix.policies.nothing");
}

export function PolicyTable({ row }: { row: AccessMatrixRow }) {
  const t = useAdminT();
  const attempt = (role: "anon" | "authenticated") =>
    t("admin.accessMatrix.policies.mayAttempt", { role });
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={attempt("anon")}>{grantsText(t, row, "anon")}</Descriptions.Item>
        <Descriptions.Item label={attempt("authenticated")}>
          {grantsText(t, row, "authenticated")}
        </Descriptions.Item>
      </Descriptions>
      <Table<AccessPolicy>
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={row.policies}
        locale={{ emptyText: t("admin.accessMatrix.policies.empty") }}
        aria-label={t("admin.accessMatrix.policies.label", {
          table: `${row.table_schema}.${row.table_name}`,
        })}
        columns={[
          { title: t("admin.accessMatrix.policies.policy"), dataIndex: "name" },
          { title: t("admin.accessMatrix.policies.command"), dataIndex: "command" },
          {
            title: t("admin.accessMatrix.policies.roles"),
            dataIndex: "roles",
            render: (roles: string[]) => roles.map((role) => <Tag key={role}>{role}</Tag>),
          },
          {
            title: t("admin.accessMatrix.policies.kind"),
            dataIndex: "permissive",
            render: (isPermissive: boolean) =>
              t(
                isPermissive
                  ? "admin.accessMatrix.policies.permissive"
                  : "admin.accessMatrix.policies.restrictive",
              ),
          },
          { title: t("admin.accessMatrix.policies.using"), dataIndex: "using", render: code },
          {
            title: t("admin.accessMatrix.policies.withCheck"),
            dataIndex: "with_check",
            render: code,
          },
        ]}
      />
    </>
  );
}
