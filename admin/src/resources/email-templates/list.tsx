// Every email template, by key and then language, so a key's translations sit together.
import type { EmailTemplate } from "@db/schema/email";
import { Tag } from "antd";
import * as column from "../../components/list/columns";
import { ResourceList, searchBox } from "../../components/list/resource-list";

type TemplateRow = Pick<EmailTemplate, "id" | "key" | "locale" | "subject" | "updated_at">;

export default function EmailTemplateList() {
  return (
    <ResourceList<TemplateRow>
      sort="key.asc,locale.asc"
      select="id, key, locale, subject, updated_at"
      pageSize={50}
      filters={[searchBox("Search templates", ["key"], "Key, such as request.approved", 300)]}
      emptyText="No templates match."
      columns={[
        column.text("key", "Key", { render: (key: string) => <code>{key}</code> }),
        column.text("locale", "Language", { render: (locale: string) => <Tag>{locale}</Tag> }),
        column.text("subject", "Subject"),
        column.moment("updated_at", "Updated"),
        column.actions(),
      ]}
    />
  );
}
