// Who has access to a product: people and whole companies, with their grant's state. Revoking
// deletes the grant, so the product disappears from the grantee's portal at once; admins may tick
// several and revoke them together.
import { grantState, grantStateLabels } from "@db/status/beta";
import { CanAccess, useCan } from "@refinedev/core";
import { Tag } from "antd";
import { RemoveButton } from "../../components/actions/remove-button";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { supabase } from "../../supabase";
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

export function GrantList({ productId }: { productId: string }) {
  // Only admins may revoke (the database refuses anyone else): others get no checkboxes.
  const { data: canRevoke } = useCan({ resource: "beta_access", action: "delete" });
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
        column.related("State", (grant) => <GrantStateTag grant={grant} />),
        column.actions((grant) => (
          <CanAccess resource="beta_access" action="delete">
            <RemoveButton
              resource="beta_access"
              id={grant.id}
              label="Revoke"
              question={`Revoke ${granteeName(grant)}'s access?`}
              description="The product and its builds disappear from their portal."
              removedMessage={`${granteeName(grant)} no longer has access`}
            />
          </CanAccess>
        )),
      ]}
    />
  );
}
