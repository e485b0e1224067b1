// One table's cells for one role: a tag per operation, coloured by how many rows it reaches,
// with the policies that allow it on hover (and in its accessible name).
import type { AccessMatrixRow } from "@db/validation/access-matrix";
import { Space, Tag, Tooltip } from "antd";
import { type AdminKey, useAdminT } from "../../i18n";
import {
  type AccessCell,
  accessCell,
  type MatrixRole,
  operations,
  type Reach,
} from "./derive-access";
import { reasonText } from "./reason-text";

export const reachLooks: Record<Reach, { color: string; label: AdminKey }> = {
  all: { color: "green", label: "admin.accessMatrix.reach.all" },
  some: { color: "gold", label: "admin.accessMatrix.reach.some" },
  none: { color: "default", label: "admin.accessMatrix.reach.none" },
};

type T = ReturnType<typeof useAdminT>;

/** The cell's sentence; the role, operation and policy names are the database's words. */
function describeCell(t: T, role: MatrixRole, operation: string, cell: AccessCell): string {
  const policies = cell.policies.map((name) => `“${name}”`).join(", ");
  const through =
    cell.policies.length > 0 ? ` ${t("admin.accessMatrix.through", { policies })}` : "";
  const reach = t(reachLooks[cell.reach].label);
  const reason = reasonText(cell.reason, t);
  return `${t("admin.accessMatrix.cell", { role, operation, reach, reason })}${through}`;
}

export function AccessCells({ row, role }: { row: AccessMatrixRow; role: MatrixRole }) {
  const t = useAdminT();
  return (
    <Space size={2}>
      {operations.map((operation) => {
        const cell = accessCell(row, role, operation);
        const text = describeCell(t, role, operation, cell);
        return (
          <Tooltip key={operation} title={text}>
            <Tag
              color={reachLooks[cell.reach].color}
              // One picture of a fact: its name is the whole sentence, not the letter.
              role="img"
              aria-label={text}
              style={{
                marginInlineEnd: 0,
                fontFamily: "monospace",
                textDecoration: cell.reach === "none" ? "line-through" : undefined,
              }}
            >
              {operation[0]?.toUpperCase()}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}
