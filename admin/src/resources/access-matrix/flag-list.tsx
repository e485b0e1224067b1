// The warnings above the matrix: exposed tables without RLS, and policies that let anon or
// signed-in users through on every row.
import type { AccessMatrixRow } from "@db/validation/access-matrix";
import { Alert, List, Typography } from "antd";

const tableName = (row: AccessMatrixRow) => `${row.table_schema}.${row.table_name}`;

export function FlagList({ rows }: { rows: readonly AccessMatrixRow[] }) {
  const flags = rows.flatMap((row) =>
    row.flags.map((flag) => ({
      key: `${tableName(row)}:${flag.kind}:${flag.kind === "always_true" ? flag.policy : ""}`,
      text:
        flag.kind === "rls_disabled"
          ? `${tableName(row)}: row level security is off, so every grant reaches every row.`
          : `${tableName(row)}: policy “${flag.policy}” (${flag.command}, ${flag.roles.join(", ")}) is always true.`,
    })),
  );
  if (flags.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        message="No warnings"
        description="Every exposed table has row level security on, and no policy is always true for anon or signed-in users."
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      message={`${flags.length} ${flags.length === 1 ? "warning" : "warnings"}`}
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
