// A product's invite codes and how many of their uses are gone; clients redeem them in the
// portal, which counts each use in the database.
import type { BetaInviteCode } from "@db/schema/beta";
import { useFormat } from "@supabase-client/i18n/locale-context";
import { Tag, Typography } from "antd";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { useAdminT } from "../../i18n";

function Uses({ code }: { code: BetaInviteCode }) {
  const t = useAdminT();
  return (
    <span>
      {code.uses} / {code.max_uses}
      {code.uses >= code.max_uses ? (
        <Tag style={{ marginLeft: 8 }}>{t("admin.beta.codes.usedUp")}</Tag>
      ) : null}
    </span>
  );
}

function Expiry({ value }: { value: string | null }) {
  const t = useAdminT();
  const format = useFormat();
  if (!value) {
    return <Typography.Text type="secondary">{t("admin.beta.codes.never")}</Typography.Text>;
  }
  return (
    <span>
      {format.date(value)}
      {new Date(value).getTime() <= Date.now() ? (
        <Tag style={{ marginLeft: 8 }}>{t("admin.beta.codes.expired")}</Tag>
      ) : null}
    </span>
  );
}

export function InviteCodeList({ productId }: { productId: string }) {
  const t = useAdminT();
  return (
    <RelatedTable<BetaInviteCode>
      query={{
        resource: "beta_invite_codes",
        of: ["product_id", productId],
        sort: "created_at.desc",
      }}
      emptyText={t("admin.beta.codes.empty")}
      columns={[
        column.text("code", t("admin.beta.codes.code"), {
          render: (code: string) => <Typography.Text copyable>{code}</Typography.Text>,
        }),
        column.related(t("admin.beta.codes.uses"), (code) => <Uses code={code} />),
        column.text("expires_at", t("admin.beta.grants.expires"), {
          render: (value: string | null) => <Expiry value={value} />,
        }),
      ]}
    />
  );
}
