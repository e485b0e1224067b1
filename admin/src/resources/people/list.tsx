// Everyone who can sign in, newest first, filterable by role and searchable by name or email;
// the URL keeps filters and page so a view can be shared.
import * as column from "../../components/list/columns";
import { choiceBox, ResourceList, searchBox } from "../../components/list/resource-list";
import { PendingInvitations } from "./invitations/pending-invitations";
import { type PersonRow, personRowSelect } from "./person-row";
import { roleLabels, roleOptions } from "./roles";

export default function PeopleList() {
  return (
    <>
      <ResourceList<PersonRow>
        sort="created_at.desc"
        select={personRowSelect}
        filters={[
          searchBox("Search people", ["full_name", "email"], "Name or email"),
          choiceBox("Filter by role", "role", roleOptions, "Any role"),
        ]}
        emptyText="Nobody matches."
        columns={[
          column.optional("full_name", "Name", { isSortable: true }),
          column.text("email", "Email", { isSortable: true }),
          column.status("role", roleLabels, "Role"),
          column.related("Company", (person) => person.company?.name),
          column.day("created_at", "Joined", { isSortable: true }),
          column.actions(),
        ]}
      />
      <PendingInvitations />
    </>
  );
}
