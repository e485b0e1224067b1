// What every list row offers: open it, and edit it (hidden by access control when not allowed).
import { EditButton, ShowButton } from "@refinedev/antd";
import { Space } from "antd";

interface RowActionsProps {
  id: string;
  edit?: boolean;
  /** Buttons with their words ("Show", "Edit") rather than icons alone. */
  hasText?: boolean;
}

export function RowActions({ id, edit = true, hasText = false }: RowActionsProps) {
  return (
    <Space>
      <ShowButton hideText={!hasText} size="small" recordItemId={id} />
      {edit ? <EditButton hideText={!hasText} size="small" recordItemId={id} /> : null}
    </Space>
  );
}
