// The titles db/validation gives the fields only the admin's forms show, as its messages name
// them ("Subject is required"). They sit at the top level beside the shared `fields` group, which
// validation-text.ts reads with them, so a French message names the field in French.
export const fields = {
  industry: "Industry",
  note: "Note",
  releaseNotes: "Release notes",
  subject: "Subject",
  htmlBody: "HTML body",
  textBody: "Text body",
  // Not a title: the slug's own "Slug is required" reads as "{label} is required".
  slug: "Slug",
} as const;
