// A company's people: staff add, edit and remove contacts here. A bounced address keeps its red
// tag so nobody keeps mailing it; a contact with a portal login is marked.
import type { Company, Contact } from "@db/schema/companies";
import { useFieldTitle } from "@supabase-client/i18n/locale-context";
import { Button, Card, Space, Tag } from "antd";
import { useState } from "react";
import { RemoveButton } from "../../components/actions/remove-button";
import { ImportCsvButton } from "../../components/csv-import/import-button";
import { useImportWords } from "../../components/csv-import/words";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { useAdminT } from "../../i18n";
import { ContactFormModal } from "./contact-form-modal";
import { contactImport } from "./import/contact-import";

function EmailCell({ contact }: { contact: Contact }) {
  const t = useAdminT();
  return contact.email ? (
    <Space>
      {contact.email}
      {contact.email_bounced_at ? (
        <Tag color="red">{t("admin.companies.contacts.bounced")}</Tag>
      ) : null}
    </Space>
  ) : null;
}

export function ContactsCard({ company }: { company: Pick<Company, "id" | "name"> }) {
  // "new" while adding, the contact while editing, null when the modal is closed.
  const [editing, setEditing] = useState<Contact | "new" | null>(null);
  const t = useAdminT();
  const field = useFieldTitle();
  const words = useImportWords();
  const names = (contact: Contact) => ({ contact: contact.full_name, company: company.name });
  const actions = (contact: Contact) => (
    <Space>
      <Button size="small" onClick={() => setEditing(contact)}>
        {t("admin.companies.contacts.edit")}
      </Button>
      <RemoveButton
        resource="contacts"
        id={contact.id}
        question={t("admin.companies.contacts.removeQuestion", names(contact))}
        removedMessage={t("admin.companies.contacts.removed", names(contact))}
      />
    </Space>
  );

  return (
    <Card
      title={t("admin.companies.contacts.title")}
      size="small"
      extra={
        <Space>
          <ImportCsvButton kind={contactImport(company.id, words)} size="small" />
          <Button type="primary" size="small" onClick={() => setEditing("new")}>
            {t("admin.companies.contacts.add")}
          </Button>
        </Space>
      }
    >
      <RelatedTable<Contact>
        query={{ resource: "contacts", of: ["company_id", company.id], sort: "full_name.asc" }}
        size="middle"
        emptyText={t("admin.companies.contacts.empty")}
        columns={[
          column.text("full_name", field("Name")),
          column.optional("title", field("Title")),
          column.related(field("Email"), (contact) => <EmailCell contact={contact} />),
          column.optional("phone", field("Phone")),
          column.related(t("admin.companies.contacts.portal"), (contact) =>
            contact.profile_id ? <Tag>{t("admin.companies.contacts.hasLogin")}</Tag> : null,
          ),
          column.actions(actions),
        ]}
      />
      {editing ? (
        <ContactFormModal
          companyId={company.id}
          contact={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}
