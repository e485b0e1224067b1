// Every email template, by key and then language, so a key's translations sit together.
import type { EmailTemplate } from "@db/schema/email";
import { List, useTable } from "@refinedev/antd";
import { Input, Table, Tag } from "antd";
import { dateTimeCell } from "../../components/list/date-time";
import { searchFilter } from "../../components/list/filters";
import { RowActions } from "../../components/list/row-actions";

type TemplateRow = Pick<EmailTemplate, "id" | "key" | "locale" | "subject" | "updated_at">;

export default function EmailTemplateList() {
  const { tableProps, setFilters } = useTable<TemplateRow>({
    resource: "email_templates",
    syncWithLocation: true,
    sorters: {
      initial: [
        { field: "key", order: "asc" },
        { field: "locale", order: "asc" },
      ],
    },
    meta: { select: "id, key, locale, subject, updated_at" },
    pagination: { pageSize: 50 },
  });

  return (
    <List title="Email templates">
      <Input.Search
        allowClear
        aria-label="Search templates"
        placeholder="Key, such as request.approved"
        onSearch={(text) => setFilters(searchFilter(["key"], text), "replace")}
        style={{ width: 300, marginBottom: 16 }}
      />
      <Table {...tableProps} rowKey="id" locale={{ emptyText: "No templates match." }}>
        <Table.Column<TemplateRow>
          dataIndex="key"
          title="Key"
          render={(key: string) => <code>{key}</code>}
        />
        <Table.Column<TemplateRow>
          dataIndex="locale"
          title="Language"
          render={(locale: string) => <Tag>{locale}</Tag>}
        />
        <Table.Column<TemplateRow> dataIndex="subject" title="Subject" />
        <Table.Column<TemplateRow> dataIndex="updated_at" title="Updated" render={dateTimeCell} />
        <Table.Column<TemplateRow>
          title="Actions"
          render={(_, template) => <RowActions id={template.id} />}
        />
      </Table>
    </List>
  );
}
