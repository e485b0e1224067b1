// The access matrix: for each exposed table and view, what anon, clients, team and admins may select,
// insert, update and delete, read live from the database, with its warnings on top and each
// table's policies one click away.
import { ReloadOutlined } from "@ant-design/icons";
import type { AccessMatrixRow } from "@db/validation/access-matrix";
import { Alert, Button, Card, Space, Table, Tag, Typography } from "antd";
import { useAdminT } from "../../i18n";
import { AccessCells, reachLooks } from "./access-cells";
import { matrixRoles } from "./derive-access";
import { FlagList } from "./flag-list";
import { PolicyTable } from "./policy-table";
import { RelationTags } from "./relation-tags";
import { useAccessMatrix } from "./use-access-matrix";

const keyOf = (row: AccessMatrixRow) => `${row.table_schema}.${row.table_name}`;

function Legend() {
  const t = useAdminT();
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
      {t("admin.accessMatrix.legend.cells")} <Typography.Text code>S I U D</Typography.Text>{" "}
      {t("admin.accessMatrix.legend.operations")}{" "}
      {Object.values(reachLooks).map((look) => (
        <Tag key={look.label} color={look.color}>
          {t(look.label)}
        </Tag>
      ))}
      {t("admin.accessMatrix.legend.hover")} <Typography.Text code>authenticated</Typography.Text>
      {t("admin.accessMatrix.legend.apart")}
    </Typography.Paragraph>
  );
}

export default function AccessMatrixPage() {
  const { rows, isLoading, error, reload } = useAccessMatrix();
  const t = useAdminT();
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("admin.accessMatrix.page.title")}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={reload} loading={isLoading}>
          {t("admin.accessMatrix.page.refresh")}
        </Button>
      </Space>
      {error ? (
        <Alert
          type="error"
          showIcon
          message={t("admin.accessMatrix.page.readFailed")}
          description={error}
        />
      ) : null}
      {!isLoading && !error ? <FlagList rows={rows} /> : null}
      <Card size="small">
        <Space direction="vertical" style={{ width: "100%" }}>
          <Legend />
          <Table<AccessMatrixRow>
            size="small"
            rowKey={keyOf}
            loading={isLoading}
            dataSource={rows}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{
              emptyText: isLoading
                ? t("admin.accessMatrix.page.reading")
                : error
                  ? t("admin.accessMatrix.page.nothing")
                  : t("admin.accessMatrix.page.noTables"),
            }}
            expandable={{ expandedRowRender: (row) => <PolicyTable row={row} /> }}
            columns={[
              {
                title: t("admin.accessMatrix.page.table"),
                key: "table",
                fixed: "left",
                render: (_, row) => (
                  <Space size={4}>
                    <Typography.Text strong>{keyOf(row)}</Typography.Text>
                    <RelationTags row={row} />
                  </Space>
                ),
              },
              ...matrixRoles.map((role) => ({
                title: role,
                key: role,
                render: (_: unknown, row: AccessMatrixRow) => <AccessCells row={row} role={role} />,
              })),
              {
                title: t("admin.accessMatrix.page.policies"),
                key: "policies",
                render: (_, row) => row.policies.length,
              },
            ]}
          />
        </Space>
      </Card>
    </Space>
  );
}
