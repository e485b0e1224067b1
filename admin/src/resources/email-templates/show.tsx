// One template as it is stored, previewed with sample data; the team reads it here, and only
// admins get the Edit button (the database refuses anyone else's change).
import type { EmailTemplate } from "@db/schema/email";
import { Show } from "@refinedev/antd";
import { useShow } from "@refinedev/core";
import { Descriptions, Space } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { DateTime } from "../../components/list/date-time";
import { TemplatePreview } from "./template-preview";
import { templateTitle } from "./title";

export default function EmailTemplateShow() {
  const { result: template, query } = useShow<EmailTemplate>({ resource: "email_templates" });

  return (
    <Show
      goBack={backIcon}
      isLoading={query.isLoading}
      title={template ? templateTitle(template) : "Email template"}
      canDelete={false}
    >
      {template ? (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="Key">
              <code>{template.key}</code>
            </Descriptions.Item>
            <Descriptions.Item label="Language">{template.locale}</Descriptions.Item>
            <Descriptions.Item label="Updated">
              <DateTime value={template.updated_at} />
            </Descriptions.Item>
          </Descriptions>
          <TemplatePreview parts={template} />
        </Space>
      ) : null}
    </Show>
  );
}
