// Adding or editing one of a company's contacts in a modal, checked by db/validation's contact
// schemas with each message next to its field. The bounce flag is not in the form or the schema,
// so saving a new email leaves `email_bounced_at` to Resend's webhook.
import type { Contact } from "@db/schema/companies";
import { insertContactSchema, updateContactSchema } from "@db/validation/companies";
import { TextField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { Form, Modal } from "antd";
import { type ContactFormValues, contactFormValues } from "./contact-values";

const shape = insertContactSchema.shape;

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
        <TextField schema={shape.full_name} name="full_name" input={{ autoFocus: true }} />
        <TextField schema={shape.title} name="title" />
        <TextField schema={shape.email} name="email" label="Email" />
        <TextField schema={shape.phone} name="phone" />
      </Form>
    </Modal>
  );
}
