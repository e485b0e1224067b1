// A company's people: staff add, edit and remove contacts here. A bounced address keeps its red
// tag so nobody keeps mailing it; a contact with a portal login is marked.
import type { Company, Contact } from "@db/schema/companies";
import { useDelete, useList } from "@refinedev/core";
import { Button, Card, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { ContactFormModal } from "./contact-form-modal";
import { removeContactQuestion } from "./contact-values";

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export function ContactsCard({ company }: { company: Pick<Company, "id" | "name"> }) {
  const { result, query } = useList<Contact>({
    resource: "contacts",
    filters: [{ field: "company_id", operator: "eq", value: company.id }],
    sorters: [{ field: "full_name", order: "asc" }],
    pagination: { mode: "off" },
  });
  const { mutate: remove, mutation: removing } = useDelete<Contact>();
  // "new" while adding, the contact while editing, null when the modal is closed.
  const [editing, setEditing] = useState<Contact | "new" | null>(null);

  const removeContact = (contact: Contact) =>
    remove({
      resource: "contacts",
      id: contact.id,
      successNotification: {
        type: "success",
        message: `${contact.full_name} was removed from ${company.name}`,
      },
    });

  return (
    <Card
      title="Contacts"
      size="small"
      extra={
        <Button type="primary" size="small" onClick={() => setEditing("new")}>
          Add contact
        </Button>
      }
    >
      <Table<Contact>
        dataSource={result.data}
        loading={query.isLoading}
        rowKey="id"
        pagination={false}
        locale={{ emptyText: "No contacts yet." }}
      >
        <Table.Column<Contact> dataIndex="full_name" title="Name" />
        <Table.Column<Contact> dataIndex="title" title="Title" render={(value) => value ?? dash} />
        <Table.Column<Contact>
          title="Email"
          render={(_, contact) =>
            contact.email ? (
              <Space>
                {contact.email}
                {contact.email_bounced_at ? <Tag color="red">Bounced</Tag> : null}
              </Space>
            ) : (
              dash
            )
          }
        />
        <Table.Column<Contact> dataIndex="phone" title="Phone" render={(value) => value ?? dash} />
        <Table.Column<Contact>
          title="Portal"
          render={(_, contact) => (contact.profile_id ? <Tag>Has a login</Tag> : dash)}
        />
        <Table.Column<Contact>
          title="Actions"
          render={(_, contact) => (
            <Space>
              <Button size="small" onClick={() => setEditing(contact)}>
                Edit
              </Button>
              <Popconfirm
                title={removeContactQuestion(contact.full_name, company.name)}
                okText="Remove"
                okButtonProps={{ danger: true, loading: removing.isPending }}
                onConfirm={() => removeContact(contact)}
              >
                <Button size="small" danger>
                  Remove
                </Button>
              </Popconfirm>
            </Space>
          )}
        />
      </Table>
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
