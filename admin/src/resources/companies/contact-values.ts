// The contact form's values.
import type { Contact } from "@db/schema/companies";

/** The fields staff type in; the bounce flag and the portal login are not theirs to set. */
export type ContactFormValues = Pick<
  Contact,
  "full_name" | "title" | "email" | "other_emails" | "phone"
>;

/** The form's starting values when editing a contact. */
export function contactFormValues(contact: Contact): ContactFormValues {
  return {
    full_name: contact.full_name,
    title: contact.title,
    email: contact.email,
    other_emails: contact.other_emails,
    phone: contact.phone,
  };
}
