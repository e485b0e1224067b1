// One person: who they are, their role and company, and whether their mail bounces. Deleting a
// login is done in Auth, not here.
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Tag } from "antd";
import { DateTime } from "../../components/list/date-time";
import { Details } from "../../components/show/details";
import { ShowPage } from "../../components/show/show-page";
import { useAdminT } from "../../i18n";
import { displayName, type PersonRow, personRowSelect } from "./person-row";
import { ResetMfaButton } from "./reset-mfa-button";
import { roleLabels } from "./roles";

function EmailWithBounce({ person }: { person: PersonRow }) {
  const t = useAdminT();
  return (
    <>
      {person.email}
      {person.email_bounced_at ? (
        <Tag color="red" style={{ marginLeft: 8 }}>
          {t("admin.people.show.bounced")}
        </Tag>
      ) : null}
    </>
  );
}

export default function PersonShow() {
  const t = useAdminT();
  const roles = roleLabels(t);
  return (
    <ShowPage<PersonRow>
      select={personRowSelect}
      title={displayName}
      untitled={t("admin.people.show.untitled")}
      headerButtons={(person, defaultButtons) => (
        <>
          {defaultButtons}
          <ResetMfaButton person={person} />
        </>
      )}
    >
      {(person) => (
        <Details
          items={[
            [t("admin.people.list.name"), person.full_name],
            [t("admin.people.list.email"), <EmailWithBounce key="email" person={person} />],
            [t("admin.people.list.role"), <StatusTag key="role" look={roles[person.role]} />],
            [t("admin.people.list.company"), person.company?.name],
            [
              t("admin.people.show.emailLanguage"),
              t(
                person.locale === "fr"
                  ? "admin.people.form.languages.fr"
                  : "admin.people.form.languages.en",
              ),
            ],
            [t("admin.people.list.joined"), <DateTime key="joined" value={person.created_at} />],
          ]}
        />
      )}
    </ShowPage>
  );
}
