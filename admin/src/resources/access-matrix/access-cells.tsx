// One table's cells for one role: a tag per operation, coloured by how many rows it reaches,
// with the policies that allow it on hover (and in its accessible name).
import type { AccessMatrixRow } from "@db/validation/access-matrix";
import { Space, Tag, Tooltip } from "antd";
import {
  type AccessCell,
  accessCell,
  type MatrixRole,
  operations,
  type Reach,
} from "./derive-access";

export const reachLooks: Record<Reach, { color: string; label: string }> = {
  all: { color: "green", label: "every row" },
  some: { color: "gold", label: "some rows" },
  none: { color: "default", label: "refused" },
};

function describeCell(role: MatrixRole, operation: string, cell: AccessCell): string {
  const through =
    cell.policies.length > 0
      ? ` through ${cell.policies.map((name) => `“${name}”`).join(", ")}`
      : "";
  return `${role} ${operation}: ${reachLooks[cell.reach].label} (${cell.reason})${through}`;
}

export function AccessCells({ row, role }: { row: AccessMatrixRow; role: MatrixRole }) {
  return (
    <Space size={2}>
      {operations.map((operation) => {
        const cell = accessCell(row, role, operation);
        const text = describeCell(role, operation, cell);
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
