// The warnings above the matrix: exposed tables without RLS, views that read past it, and
// policies that let anon or signed-in users through on every row.
import type { AccessFlag, AccessMatrixRow } from "@db/validation/access-matrix";
import { Alert, List, Typography } from "antd";

const tableName = (row: AccessMatrixRow) => `${row.table_schema}.${row.table_name}`;

function flagText(row: AccessMatrixRow, flag: AccessFlag): string {
  switch (flag.kind) {
    case "rls_disabled":
      return `${tableName(row)}: row level security is off, so every grant reaches every row.`;
    case "view_as_owner":
      return `${tableName(row)}: the view reads its tables as its owner, so their row level security does not apply; create it with (security_invoker = true).`;
    case "always_true":
      return `${tableName(row)}: policy “${flag.policy}” (${flag.command}, ${flag.roles.join(", ")}) is always true.`;
  }
}

export function FlagList({ rows }: { rows: readonly AccessMatrixRow[] }) {
  const flags = rows.flatMap((row) =>
    row.flags.map((flag) => ({
      key: `${tableName(row)}:${flag.kind}:${flag.kind === "always_true" ? flag.policy : ""}`,
      text: flagText(row, flag),
    })),
  );
  if (flags.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        message="No warnings"
        description="Every exposed table has row level security on, every exposed view reads as the caller, and no policy is always true for anon or signed-in users."
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
