// What every list row offers: open it, and edit it (hidden by access control when not allowed).
import { EditButton, ShowButton } from "@refinedev/antd";
import { Space } from "antd";

export function RowActions({ id, edit = true }: { id: string; edit?: boolean }) {
  return (
    <Space>
      <ShowButton hideText size="small" recordItemId={id} />
      {edit ? <EditButton hideText size="small" recordItemId={id} /> : null}
    </Space>
  );
}
