// Company and contact forms in the admin.
import { createInsertSchema, createUpdateSchema } from "drizzle-zod";
import { companies, contacts } from "../schema/companies";
import { emailList, optionalEmail, optionalText, requiredText, website } from "./fields";

const companyFields = {
  name: () => requiredText("Name"),
  website: () => website,
  industry: () => optionalText("Industry"),
};

export const insertCompanySchema = createInsertSchema(companies, companyFields).omit({
  id: true,
  created_at: true,
  updated_at: true,
});
export const updateCompanySchema = createUpdateSchema(companies, companyFields).omit({
  id: true,
  created_at: true,
  updated_at: true,
});

const contactFields = {
  full_name: () => requiredText("Name"),
  email: () => optionalEmail,
  other_emails: () =>
    emailList("Other addresses", "Other addresses the contact writes from; Enter after each."),
  phone: () => optionalText("Phone", 50),
  title: () => optionalText("Title"),
};

// The bounce flag is set by Resend's webhook, not typed in by staff.
export const insertContactSchema = createInsertSchema(contacts, contactFields).omit({
  id: true,
  created_at: true,
  updated_at: true,
  email_bounced_at: true,
});
export const updateContactSchema = createUpdateSchema(contacts, contactFields).omit({
  id: true,
  created_at: true,
  updated_at: true,
  email_bounced_at: true,
});
