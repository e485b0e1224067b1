// Adding or editing one of a company's contacts in a modal, checked by db/validation's contact
// schemas with each message next to its field. The bounce flag is not in the form or the schema,
// so saving a new email leaves `email_bounced_at` to Resend's webhook.
import type { Contact } from "@db/schema/companies";
import { insertContactSchema, updateContactSchema } from "@db/validation/companies";
import { TagsField, TextField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { useFieldTitle, useT } from "@supabase-client/i18n/locale-context";
import { Form, Modal } from "antd";
import { useAdminT } from "../../i18n";
import { type ContactFormValues, contactFormValues } from "./contact-values";

const shape = insertContactSchema.shape;

interface ContactFormModalProps {
  companyId: string;
  /** The contact being edited; none to add one. */
  contact?: Contact;
  onClose: () => void;
}

export function ContactFormModal({ companyId, contact, onClose }: ContactFormModalProps) {
  const t = useAdminT();
  const shared = useT();
  const field = useFieldTitle();
  const { form, formProps, isSaving } = useRecordForm(
    contact ? updateContactSchema : insertContactSchema,
    {
      resource: "contacts",
      id: contact?.id,
      prepare: (values: ContactFormValues) =>
        contact ? values : { ...values, company_id: companyId },
      savedMessage: (saved) =>
        t(contact ? "admin.companies.contacts.saved" : "admin.companies.form.added", {
          name: saved.full_name ?? contact?.full_name ?? t("admin.companies.contacts.theContact"),
        }),
      onSaved: onClose,
    },
  );

  return (
    <Modal
      open
      title={
        contact
          ? t("admin.companies.edit.title", { name: contact.full_name })
          : t("admin.companies.contacts.add")
      }
      okText={contact ? shared("common.save") : t("admin.companies.contacts.add")}
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
        <TextField schema={shape.email} name="email" label={field("Email")} />
        <TagsField schema={shape.other_emails} name="other_emails" />
        <TextField schema={shape.phone} name="phone" />
      </Form>
    </Modal>
  );
}
