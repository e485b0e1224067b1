// A company's people: staff add, edit and remove contacts here. A bounced address keeps its red
// tag so nobody keeps mailing it; a contact with a portal login is marked.
import type { Company, Contact } from "@db/schema/companies";
import { Button, Card, Space, Tag } from "antd";
import { useState } from "react";
import { RemoveButton } from "../../components/actions/remove-button";
import { ImportCsvButton } from "../../components/csv-import/import-button";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { ContactFormModal } from "./contact-form-modal";
import { removeContactQuestion } from "./contact-values";
import { contactImport } from "./import/contact-import";

function EmailCell({ contact }: { contact: Contact }) {
  return contact.email ? (
    <Space>
      {contact.email}
      {contact.email_bounced_at ? <Tag color="red">Bounced</Tag> : null}
    </Space>
  ) : null;
}

export function ContactsCard({ company }: { company: Pick<Company, "id" | "name"> }) {
  // "new" while adding, the contact while editing, null when the modal is closed.
  const [editing, setEditing] = useState<Contact | "new" | null>(null);
  const actions = (contact: Contact) => (
    <Space>
      <Button size="small" onClick={() => setEditing(contact)}>
        Edit
      </Button>
      <RemoveButton
        resource="contacts"
        id={contact.id}
        question={removeContactQuestion(contact.full_name, company.name)}
        removedMessage={`${contact.full_name} was removed from ${company.name}`}
      />
    </Space>
  );

  return (
    <Card
      title="Contacts"
      size="small"
      extra={
        <Space>
          <ImportCsvButton kind={contactImport(company.id)} size="small" />
          <Button type="primary" size="small" onClick={() => setEditing("new")}>
            Add contact
          </Button>
        </Space>
      }
    >
      <RelatedTable<Contact>
        resource="contacts"
        of={["company_id", company.id]}
        sort="full_name.asc"
        size="middle"
        emptyText="No contacts yet."
        columns={[
          column.text("full_name", "Name"),
          column.optional("title", "Title"),
          column.related("Email", (contact) => <EmailCell contact={contact} />),
          column.optional("phone", "Phone"),
          column.related("Portal", (contact) =>
            contact.profile_id ? <Tag>Has a login</Tag> : null,
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
