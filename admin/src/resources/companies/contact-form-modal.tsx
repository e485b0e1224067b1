// Adding or editing one of a company's contacts in a modal, checked by db/validation's contact
// schemas with each message next to its field. The bounce flag is not in the form or the schema,
// so saving a new email leaves `email_bounced_at` to Resend's webhook.
import type { Contact } from "@db/schema/companies";
import { insertContactSchema, updateContactSchema } from "@db/validation/companies";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { zodRule } from "@supabase-client/forms/zod-rule";
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
  const { form, formProps, isSaving } = useRecordForm(
    contact ? updateContactSchema : insertContactSchema,
    {
      resource: "contacts",
      id: contact?.id,
      prepare: (values: ContactFormValues) =>
        contact ? values : { ...values, company_id: companyId },
      savedMessage: (saved) =>
        `${saved.full_name ?? contact?.full_name ?? "The contact"} was ${contact ? "saved" : "added"}`,
      onSaved: onClose,
    },
  );

  return (
    <Modal
      open
      title={contact ? `Edit ${contact.full_name}` : "Add contact"}
      okText={contact ? "Save" : "Add contact"}
      okButtonProps={{ loading: isSaving }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        {...formProps}
        layout="vertical"
        initialValues={contact ? contactFormValues(contact) : undefined}
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
