// Every email template, by key and then language, so a key's translations sit together.
import type { EmailTemplate } from "@db/schema/email";
import { useFieldTitle } from "@supabase-client/i18n/locale-context";
import { Tag } from "antd";
import * as column from "../../components/list/columns";
import { ResourceList, searchBox } from "../../components/list/resource-list";
import { useAdminT } from "../../i18n";

type TemplateRow = Pick<EmailTemplate, "id" | "key" | "locale" | "subject" | "updated_at">;

export default function EmailTemplateList() {
  const t = useAdminT();
  const field = useFieldTitle();
  return (
    <ResourceList<TemplateRow>
      sort="key.asc,locale.asc"
      select="id, key, locale, subject, updated_at"
      pageSize={50}
      filters={[
        searchBox(
          t("admin.emailTemplates.list.search"),
          ["key"],
          t("admin.emailTemplates.list.searchPlaceholder"),
          300,
        ),
      ]}
      emptyText={t("admin.emailTemplates.list.empty")}
      columns={[
        column.text("key", t("admin.emailTemplates.list.key"), {
          render: (key: string) => <code>{key}</code>,
        }),
        column.text("locale", field("Language"), {
          render: (locale: string) => <Tag>{locale}</Tag>,
        }),
        column.text("subject", t("admin.emailTemplates.list.subject")),
        column.moment("updated_at", t("admin.emailTemplates.list.updated")),
        column.actions(),
      ]}
    />
  );
}
