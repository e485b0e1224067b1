// A product's invite codes and how many of their uses are gone; clients redeem them in the
// portal, which counts each use in the database.
import type { BetaInviteCode } from "@db/schema/beta";
import { DateField } from "@refinedev/antd";
import { Tag, Typography } from "antd";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";

function Uses({ code }: { code: BetaInviteCode }) {
  return (
    <span>
      {code.uses} / {code.max_uses}
      {code.uses >= code.max_uses ? <Tag style={{ marginLeft: 8 }}>Used up</Tag> : null}
    </span>
  );
}

function Expiry({ value }: { value: string | null }) {
  if (!value) {
    return <Typography.Text type="secondary">Never</Typography.Text>;
  }
  return (
    <span>
      <DateField value={value} format="D MMM YYYY" />
      {new Date(value).getTime() <= Date.now() ? (
        <Tag style={{ marginLeft: 8 }}>Expired</Tag>
      ) : null}
    </span>
  );
}

export function InviteCodeList({ productId }: { productId: string }) {
  return (
    <RelatedTable<BetaInviteCode>
      resource="beta_invite_codes"
      of={["product_id", productId]}
      sort="created_at.desc"
      emptyText="No invite codes yet."
      columns={[
        column.text("code", "Code", {
          render: (code: string) => <Typography.Text copyable>{code}</Typography.Text>,
        }),
        column.related("Uses", (code) => <Uses code={code} />),
        column.text("expires_at", "Expires", {
          render: (value: string | null) => <Expiry value={value} />,
        }),
      ]}
    />
  );
}
