// The tags beside a relation's name: what kind it is, whether RLS guards it, and which of its
// objects are public (storage.objects only).
import type { AccessMatrixRow } from "@db/validation/access-matrix";
import { Tag } from "antd";

function KindTag({ row }: { row: AccessMatrixRow }) {
  switch (row.relation_kind) {
    case "table":
      return row.rls_enabled ? null : <Tag color="red">RLS off</Tag>;
    case "invoker_view":
      return <Tag>view</Tag>;
    case "owner_view":
      return <Tag color="red">view, as owner</Tag>;
  }
}

export function RelationTags({ row }: { row: AccessMatrixRow }) {
  return (
    <>
      <KindTag row={row} />
      {row.rls_forced ? <Tag>RLS forced</Tag> : null}
      {row.public_buckets.map((bucket) => (
        <Tag key={bucket} color="blue">
          public bucket: {bucket}
        </Tag>
      ))}
    </>
  );
}
