// The tags beside a relation's name: what kind it is, whether RLS guards it, and which of its
// objects are public (storage.objects only).
import type { AccessMatrixRow } from "@db/validation/access-matrix";
import { Tag } from "antd";
import { useAdminT } from "../../i18n";

function KindTag({ row }: { row: AccessMatrixRow }) {
  const t = useAdminT();
  switch (row.relation_kind) {
    case "table":
      return row.rls_enabled ? null : <Tag color="red">{t("admin.accessMatrix.tags.rlsOff")}</Tag>;
    case "invoker_view":
      return <Tag>{t("admin.accessMatrix.tags.view")}</Tag>;
    case "owner_view":
      return <Tag color="red">{t("admin.accessMatrix.tags.ownerView")}</Tag>;
  }
}

export function RelationTags({ row }: { row: AccessMatrixRow }) {
  const t = useAdminT();
  return (
    <>
      <KindTag row={row} />
      {row.rls_forced ? <Tag>{t("admin.accessMatrix.tags.rlsForced")}</Tag> : null}
      {row.public_buckets.map((bucket) => (
        <Tag key={bucket} color="blue">
          {t("admin.accessMatrix.tags.publicBucket", { bucket })}
        </Tag>
      ))}
    </>
  );
}
