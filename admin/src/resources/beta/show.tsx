// One beta product: its details, who has access (and granting it), its builds and invite codes.
// The forms only show to admins, mirroring RLS; the team sees the same page read-only.
import type { Product } from "@db/schema/beta";
import { productStatusLabels } from "@db/status/beta";
import { EditButton } from "@refinedev/antd";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { DateTime } from "../../components/list/date-time";
import { Details } from "../../components/show/details";
import { ManagedCard } from "../../components/show/managed-card";
import { ShowPage } from "../../components/show/show-page";
import { LongText } from "../../components/show/values";
import { AddBuildForm } from "./add-build-form";
import { AddInviteCodeForm } from "./add-invite-code-form";
import { BuildList } from "./build-list";
import { BuildUpload } from "./build-upload";
import { GrantAccessForm } from "./grant-access";
import { GrantList } from "./grant-list";
import { InviteCodeList } from "./invite-code-list";

export default function ProductShow() {
  return (
    <ShowPage<Product>
      title={(product) => product.name}
      untitled="Product"
      headerButtons={(product) => <EditButton recordItemId={product.id} />}
    >
      {(product) => (
        <>
          <Details
            items={[
              ["Status", <StatusTag key="status" look={productStatusLabels[product.status]} />],
              ["Slug", product.slug],
              ["Description", <LongText key="description" value={product.description} />],
              ["Updated", <DateTime key="updated" value={product.updated_at} />],
            ]}
          />
          <ManagedCard
            title="Access"
            resource="beta_access"
            forms={[<GrantAccessForm key="grant" productId={product.id} />]}
          >
            <GrantList productId={product.id} />
          </ManagedCard>
          <ManagedCard
            title="Builds"
            resource="beta_builds"
            forms={[
              <AddBuildForm key="add" productId={product.id} />,
              <BuildUpload key="upload" productId={product.id} />,
            ]}
          >
            <BuildList productId={product.id} />
          </ManagedCard>
          <ManagedCard
            title="Invite codes"
            resource="beta_invite_codes"
            forms={[<AddInviteCodeForm key="add" productId={product.id} />]}
          >
            <InviteCodeList productId={product.id} />
          </ManagedCard>
        </>
      )}
    </ShowPage>
  );
}
