// The warnings above the matrix: exposed tables without RLS, views that read past it, and
// policies that let anon or signed-in users through on every row.
import type { AccessFlag, AccessMatrixRow } from "@db/validation/access-matrix";
import { Alert, List, Typography } from "antd";
import { useAdminT } from "../../i18n";

const tableName = (row: AccessMatrixRow) => `${row.table_schema}.${row.table_name}`;

function flagText(t: ReturnType<typeof useAdminT>, row: AccessMatrixRow, flag: AccessFlag) {
  const table = tableName(row);
  switch (flag.kind) {
    case "rls_disabled":
      return t("admin.accessMatrix.flags.rlsDisabled", { table });
    case "view_as_owner":
      return t("admin.accessMatrix.flags.viewAsOwner", { table });
    case "always_true":
      return t("admin.accessMatrix.flags.alwaysTrue", {
        table,
        policy: flag.policy,
        command: flag.command,
        roles: flag.roles.join(", "),
      });
  }
}

export function FlagList({ rows }: { rows: readonly AccessMatrixRow[] }) {
  const t = useAdminT();
  const flags = rows.flatMap((row) =>
    row.flags.map((flag) => ({
      key: `${tableName(row)}:${flag.kind}:${flag.kind === "always_true" ? flag.policy : ""}`,
      text: flagText(t, row, flag),
    })),
  );
  if (flags.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        message={t("admin.accessMatrix.flags.none")}
        description={t("admin.accessMatrix.flags.noneText")}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      message={t(
        flags.length === 1 ? "admin.accessMatrix.flags.one" : "admin.accessMatrix.flags.many",
        { count: flags.length },
      )}
      description={
        <List
          size="small"
          dataSource={flags}
          renderItem={(flag) => (
            <List.Item key={flag.key}>
              <Typography.Text>{flag.text}</Typography.Text>
            </List.Item>
          )}
        />
      }
    />
  );
}
