// One beta product: its details, who has access (and granting it), its builds and invite codes.
// The forms only show to admins, mirroring RLS; the team sees the same page read-only.
import type { Product } from "@db/schema/beta";
import { productStatusLabels } from "@db/status/beta";
import { EditButton, Show } from "@refinedev/antd";
import { CanAccess, useShow } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Card, Descriptions, Divider, Space, Typography } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { DateTime } from "../../components/list/date-time";
import { AddBuildForm } from "./add-build-form";
import { AddInviteCodeForm } from "./add-invite-code-form";
import { BuildList } from "./build-list";
import { BuildUpload } from "./build-upload";
import { GrantAccessForm } from "./grant-access";
import { GrantList } from "./grant-list";
import { InviteCodeList } from "./invite-code-list";

export default function ProductShow() {
  const { result: product, query } = useShow<Product>({ resource: "products" });

  return (
    <Show
      goBack={backIcon}
      isLoading={query.isLoading}
      title={product?.name ?? "Product"}
      canDelete={false}
      headerButtons={product ? <EditButton recordItemId={product.id} /> : null}
    >
      {product ? (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Descriptions column={1} bordered size="middle">
            <Descriptions.Item label="Status">
              <StatusTag look={productStatusLabels[product.status]} />
            </Descriptions.Item>
            <Descriptions.Item label="Slug">{product.slug}</Descriptions.Item>
            <Descriptions.Item label="Description">
              {product.description ? (
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                  {product.description}
                </Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="Updated">
              <DateTime value={product.updated_at} />
            </Descriptions.Item>
          </Descriptions>
          <Card title="Access" size="small">
            <CanAccess resource="beta_access" action="create">
              <GrantAccessForm productId={product.id} />
              <Divider />
            </CanAccess>
            <GrantList productId={product.id} />
          </Card>
          <Card title="Builds" size="small">
            <CanAccess resource="beta_builds" action="create">
              <AddBuildForm productId={product.id} />
              <Divider />
              <BuildUpload productId={product.id} />
              <Divider />
            </CanAccess>
            <BuildList productId={product.id} />
          </Card>
          <Card title="Invite codes" size="small">
            <CanAccess resource="beta_invite_codes" action="create">
              <AddInviteCodeForm productId={product.id} />
              <Divider />
            </CanAccess>
            <InviteCodeList productId={product.id} />
          </Card>
        </Space>
      ) : null}
    </Show>
  );
}
