// One person: who they are, their role and company, and whether their mail bounces. Deleting a
// login is done in Auth, not here.
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Tag } from "antd";
import { DateTime } from "../../components/list/date-time";
import { Details } from "../../components/show/details";
import { ShowPage } from "../../components/show/show-page";
import { displayName, type PersonRow, personRowSelect } from "./person-row";
import { ResetMfaButton } from "./reset-mfa-button";
import { roleLabels } from "./roles";

function EmailWithBounce({ person }: { person: PersonRow }) {
  return (
    <>
      {person.email}
      {person.email_bounced_at ? (
        <Tag color="red" style={{ marginLeft: 8 }}>
          Bounced
        </Tag>
      ) : null}
    </>
  );
}

export default function PersonShow() {
  return (
    <ShowPage<PersonRow>
      select={personRowSelect}
      title={displayName}
      untitled="Person"
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
            ["Name", person.full_name],
            ["Email", <EmailWithBounce key="email" person={person} />],
            ["Role", <StatusTag key="role" look={roleLabels[person.role]} />],
            ["Company", person.company?.name],
            ["Email language", person.locale],
            ["Joined", <DateTime key="joined" value={person.created_at} />],
          ]}
        />
      )}
    </ShowPage>
  );
}
