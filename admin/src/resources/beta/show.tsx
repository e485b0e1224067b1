// One beta product: its details, who has access (and granting it), its builds and invite codes.
// The forms only show to admins, mirroring RLS; the team sees the same page read-only.
import type { Product } from "@db/schema/beta";
import { EditButton } from "@refinedev/antd";
import { useFieldTitle } from "@supabase-client/i18n/locale-context";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { DateTime } from "../../components/list/date-time";
import { Details } from "../../components/show/details";
import { ManagedCard } from "../../components/show/managed-card";
import { ShowPage } from "../../components/show/show-page";
import { LongText } from "../../components/show/values";
import { useAdminT } from "../../i18n";
import { AddBuildForm } from "./add-build-form";
import { AddInviteCodeForm } from "./add-invite-code-form";
import { BuildList } from "./build-list";
import { BuildUpload } from "./build-upload";
import { GrantAccessForm } from "./grant-access";
import { GrantList } from "./grant-list";
import { InviteCodeList } from "./invite-code-list";
import { useProductStatus } from "./status-words";

export default function ProductShow() {
  const t = useAdminT();
  const field = useFieldTitle();
  const { looks } = useProductStatus();
  return (
    <ShowPage<Product>
      title={(product) => product.name}
      untitled={t("admin.beta.show.untitled")}
      headerButtons={(product) => <EditButton recordItemId={product.id} />}
    >
      {(product) => (
        <>
          <Details
            items={[
              [
                t("admin.beta.list.status"),
                <StatusTag key="status" look={looks[product.status]} />,
              ],
              [t("admin.beta.list.slug"), product.slug],
              [field("Description"), <LongText key="description" value={product.description} />],
              [t("admin.beta.list.updated"), <DateTime key="updated" value={product.updated_at} />],
            ]}
          />
          <ManagedCard
            title={t("admin.beta.show.access")}
            resource="beta_access"
            forms={[<GrantAccessForm key="grant" productId={product.id} />]}
          >
            <GrantList productId={product.id} />
          </ManagedCard>
          <ManagedCard
            title={t("admin.beta.show.builds")}
            resource="beta_builds"
            forms={[
              <AddBuildForm key="add" productId={product.id} />,
              <BuildUpload key="upload" productId={product.id} />,
            ]}
          >
            <BuildList productId={product.id} />
          </ManagedCard>
          <ManagedCard
            title={t("admin.beta.show.inviteCodes")}
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
