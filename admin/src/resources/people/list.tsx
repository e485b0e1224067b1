// Everyone who can sign in, newest first, filterable by role and searchable by name or email;
// the URL keeps filters and page so a view can be shared.
import * as column from "../../components/list/columns";
import { choiceBox, ResourceList, searchBox } from "../../components/list/resource-list";
import { useAdminT } from "../../i18n";
import { PendingInvitations } from "./invitations/pending-invitations";
import { type PersonRow, personRowSelect } from "./person-row";
import { roleLabels, roleOptions } from "./roles";

export default function PeopleList() {
  const t = useAdminT();
  return (
    <>
      <ResourceList<PersonRow>
        sort="created_at.desc"
        select={personRowSelect}
        filters={[
          searchBox(
            t("admin.people.list.search"),
            ["full_name", "email"],
            t("admin.people.list.searchPlaceholder"),
          ),
          choiceBox(
            t("admin.people.list.filterRole"),
            "role",
            roleOptions(t),
            t("admin.people.list.anyRole"),
          ),
        ]}
        emptyText={t("admin.people.list.empty")}
        columns={[
          column.optional("full_name", t("admin.people.list.name"), { isSortable: true }),
          column.text("email", t("admin.people.list.email"), { isSortable: true }),
          column.status("role", roleLabels(t), t("admin.people.list.role")),
          column.related(t("admin.people.list.company"), (person) => person.company?.name),
          column.day("created_at", t("admin.people.list.joined"), { isSortable: true }),
          column.actions(undefined, t("admin.people.list.actions")),
        ]}
      />
      <PendingInvitations />
    </>
  );
}
