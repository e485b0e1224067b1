// The titles db/validation gives the fields only the admin's forms show, as its messages name
// them ("Subject is required"). They sit at the top level beside the shared `fields` group, which
// validation-text.ts reads with them, so a French message names the field in French. The words
// after them label, by the field's name (`company_id` → companyId), the fields whose schema has no
// title: enums, references, dates (forms/fields.tsx).
export const fields = {
  industry: "Industry",
  note: "Note",
  releaseNotes: "Release notes",
  subject: "Subject",
  htmlBody: "HTML body",
  textBody: "Text body",
  // Not a title: the slug's own "Slug is required" reads as "{label} is required".
  slug: "Slug",
  otherEmails: "Other addresses",
  otherEmailsHelp: "Other addresses the contact writes from; Enter after each.",
  status: "Status",
  role: "Role",
  companyId: "Company",
  accountManagerId: "Account manager",
  startDate: "Start date",
  dueDate: "Due date",
  progress: "Progress (%)",
  website: "Website",
  body: "Body",
} as const;
