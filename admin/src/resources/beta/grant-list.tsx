// Who has access to a product: people and whole companies, with their grant's state. Revoking
// Who has access to a product: people and whole companies, with their grant's state. Revoking
// (after a yes) stamps the grant, so the product and its downloads disappear from the grantee's
// portal at once (private.has_beta_access) while the grant stays on record as revoked; admins
// may tick several and revoke them together.
import { grantState } from "@db/status/beta";
import { CanAccess, useCan } from "@refinedev/core";
import { Space, Tag } from "antd";
import { StampButton } from "../../components/actions/stamp-button";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";
import { GrantExpiryButton } from "./grant-expiry";
import { type GrantRow, granteeName, grantRowSelect } from "./grants";
import { useGrantStateLook } from "./status-words";

type T = ReturnType<typeof useAdminT>;

const grants = (t: T, count: number) =>
  t(count === 1 ? "admin.beta.grants.oneGrant" : "admin.beta.grants.manyGrants", { count });

/** Revoking the ticked grants in one call (public.bulk_revoke_beta_access): all of them or none. */
const revokeSelected = (t: T) => ({
  label: t("admin.beta.grants.revoke"),
  isDanger: true,
  question: (count: number) => t("admin.beta.grants.revokeMany", { grants: grants(t, count) }),
  description: t("admin.beta.grants.revokeManyText"),
  run: (ids: string[]) => supabase.rpc("bulk_revoke_beta_access", { ids }),
  done: (count: number) => t("admin.beta.grants.revokedMany", { grants: grants(t, count) }),
});

function GrantStateTag({ grant }: { grant: GrantRow }) {
  const look = useGrantStateLook()(grantState(grant, new Date()));
  return <Tag color={look.color}>{look.label}</Tag>;
}

function RevokeButton({ grant }: { grant: GrantRow }) {
  const t = useAdminT();
  const name = granteeName(grant, t);
  return (
    <StampButton
      stamps={{ resource: "beta_access", id: grant.id, column: "revoked_at" }}
      question={t("admin.beta.grants.revokeQuestion", { name })}
      description={t("admin.beta.grants.revokeText")}
      doneMessage={t("admin.beta.grants.revoked", { name })}
    >
      {t("admin.beta.grants.revoke")}
    </StampButton>
  );
}

export function GrantList({ productId }: { productId: string }) {
  // Only those who may change grants may revoke (the database refuses anyone else).
  const { data: canRevoke } = useCan({ resource: "beta_access", action: "edit" });
  const t = useAdminT();
  return (
    <RelatedTable<GrantRow>
      bulkActions={canRevoke?.can ? [revokeSelected(t)] : undefined}
      query={{
        resource: "beta_access",
        of: ["product_id", productId],
        sort: "granted_at.desc",
        select: grantRowSelect,
      }}
      emptyText={t("admin.beta.grants.empty")}
      columns={[
        column.related(t("admin.beta.grants.who"), (grant) => granteeName(grant, t)),
        column.related(t("admin.beta.grants.kind"), (grant) => (
          <Tag>
            {t(grant.company_id ? "admin.beta.grants.company" : "admin.beta.grants.person")}
          </Tag>
        )),
        column.day("granted_at", t("admin.beta.grants.grantedOn")),
        column.day("expires_at", t("admin.beta.grants.expires")),
        column.related(t("admin.beta.grants.state"), (grant) => <GrantStateTag grant={grant} />),
        column.actions((grant) =>
          grant.revoked_at ? null : (
            <CanAccess resource="beta_access" action="edit">
              <Space>
                <GrantExpiryButton grant={grant} />
                <RevokeButton grant={grant} />
              </Space>
            </CanAccess>
          ),
        ),
      ]}
    />
  );
}
