// One person: who they are, their role and company, and whether their mail bounces.
import { Show } from "@refinedev/antd";
import { useShow } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Descriptions, Tag, Typography } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { DateTime } from "../../components/list/date-time";
import { displayName, type PersonRow, personRowSelect } from "./person-row";
import { roleLabels } from "./roles";

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export default function PersonShow() {
  const { result: person, query } = useShow<PersonRow>({
    resource: "profiles",
    meta: { select: personRowSelect },
  });

  return (
    <Show
      goBack={backIcon}
      isLoading={query.isLoading}
      title={person ? displayName(person) : "Person"}
      // Deleting a login is done in Auth, not here.
      canDelete={false}
    >
      {person ? (
        <Descriptions column={1} bordered size="middle">
          <Descriptions.Item label="Name">{person.full_name ?? dash}</Descriptions.Item>
          <Descriptions.Item label="Email">
            {person.email}
            {person.email_bounced_at ? (
              <Tag color="red" style={{ marginLeft: 8 }}>
                Bounced
              </Tag>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item label="Role">
            <StatusTag look={roleLabels[person.role]} />
          </Descriptions.Item>
          <Descriptions.Item label="Company">{person.company?.name ?? dash}</Descriptions.Item>
          <Descriptions.Item label="Email language">{person.locale}</Descriptions.Item>
          <Descriptions.Item label="Joined">
            <DateTime value={person.created_at} />
          </Descriptions.Item>
        </Descriptions>
      ) : null}
    </Show>
  );
}
