// Who has access to a product: people and whole companies, with their grant's state. Revoking
// Who has access to a product: people and whole companies, with their grant's state. Revoking
// (after a yes) stamps the grant, so the product and its downloads disappear from the grantee's
// portal at once (private.has_beta_access) while the grant stays on record as revoked; admins
// may tick several and revoke them together.
import { grantState, grantStateLabels } from "@db/status/beta";
import { CanAccess, useCan, useUpdate } from "@refinedev/core";
import { Space, Tag } from "antd";
import { ConfirmButton } from "../../components/actions/confirm-button";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { supabase } from "../../supabase";
import { GrantExpiryButton } from "./grant-expiry";
import { type GrantRow, granteeName, grantRowSelect } from "./grants";

const grants = (count: number) => `${count} grant${count === 1 ? "" : "s"}`;

/** Revoking the ticked grants in one call (public.bulk_revoke_beta_access): all of them or none. */
const revokeSelected = {
  label: "Revoke",
  isDanger: true,
  question: (count: number) => `Revoke ${grants(count)}?`,
  description: "The product and its builds disappear from each grantee's portal.",
  run: (ids: string[]) => supabase.rpc("bulk_revoke_beta_access", { ids }),
  done: (count: number) => `${grants(count)} revoked`,
};

function GrantStateTag({ grant }: { grant: GrantRow }) {
  const look = grantStateLabels[grantState(grant, new Date())];
  return <Tag color={look.color}>{look.label}</Tag>;
}

function RevokeButton({ grant }: { grant: GrantRow }) {
  const { mutate, mutation } = useUpdate<GrantRow>();
  const name = granteeName(grant);
  return (
    <ConfirmButton
      question={`Revoke ${name}'s access?`}
      description="The product and its builds disappear from their portal."
      isBusy={mutation.isPending}
      onConfirm={() =>
        mutate({
          resource: "beta_access",
          id: grant.id,
          values: { revoked_at: new Date().toISOString() },
          successNotification: { type: "success", message: `${name} no longer has access` },
        })
      }
    >
      Revoke
    </ConfirmButton>
  );
}

export function GrantList({ productId }: { productId: string }) {
  // Only those who may change grants may revoke (the database refuses anyone else).
  const { data: canRevoke } = useCan({ resource: "beta_access", action: "edit" });
  return (
    <RelatedTable<GrantRow>
      bulkActions={canRevoke?.can ? [revokeSelected] : undefined}
      resource="beta_access"
      of={["product_id", productId]}
      sort="granted_at.desc"
      select={grantRowSelect}
      emptyText="Nobody has access yet."
      columns={[
        column.related("Who", (grant) => granteeName(grant)),
        column.related("Kind", (grant) => <Tag>{grant.company_id ? "Company" : "Person"}</Tag>),
        column.day("granted_at", "Granted"),
        column.day("expires_at", "Expires"),
        column.related("State", (grant) => <GrantStateTag grant={grant} />),
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
