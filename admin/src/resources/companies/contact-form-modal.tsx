// Adding or editing one of a company's contacts in a modal, checked by db/validation's contact
// schemas with each message next to its field. The bounce flag is not in the form or the schema,
// so saving a new email leaves `email_bounced_at` to Resend's webhook.
import type { Contact } from "@db/schema/companies";
import { insertContactSchema, updateContactSchema } from "@db/validation/companies";
import { useCreate, useUpdate } from "@refinedev/core";
import { fieldErrors, zodRule } from "@supabase-client/zod-form";
import { Form, Input, Modal } from "antd";
import { type ContactFormValues, contactFormValues } from "./contact-values";

const fields = insertContactSchema.shape;

interface ContactFormModalProps {
  companyId: string;
  /** The contact being edited; none to add one. */
  contact?: Contact;
  onClose: () => void;
}

export function ContactFormModal({ companyId, contact, onClose }: ContactFormModalProps) {
  const [form] = Form.useForm<ContactFormValues>();
  const { mutate: create, mutation: creating } = useCreate<Contact>();
  const { mutate: update, mutation: updating } = useUpdate<Contact>();

  const onFinish = (values: ContactFormValues) => {
    const parsed = contact
      ? updateContactSchema.safeParse(values)
      : insertContactSchema.safeParse({ ...values, company_id: companyId });
    if (!parsed.success) {
      form.setFields(fieldErrors(parsed.error) as Parameters<typeof form.setFields>[0]);
      return;
    }
    const name = parsed.data.full_name ?? contact?.full_name ?? "The contact";
    if (contact) {
      update(
        {
          resource: "contacts",
          id: contact.id,
          values: parsed.data,
          successNotification: { type: "success", message: `${name} was saved` },
        },
        { onSuccess: onClose },
      );
      return;
    }
    create(
      {
        resource: "contacts",
        values: parsed.data,
        successNotification: { type: "success", message: `${name} was added` },
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      open
      title={contact ? `Edit ${contact.full_name}` : "Add contact"}
      okText={contact ? "Save" : "Add contact"}
      okButtonProps={{ loading: creating.isPending || updating.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={contact ? contactFormValues(contact) : undefined}
        onFinish={onFinish}
      >
        <Form.Item label="Name" name="full_name" required rules={[zodRule(fields.full_name)]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item label="Title" name="title" rules={[zodRule(fields.title)]}>
          <Input />
        </Form.Item>
        <Form.Item label="Email" name="email" rules={[zodRule(fields.email)]}>
          <Input />
        </Form.Item>
        <Form.Item label="Phone" name="phone" rules={[zodRule(fields.phone)]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
