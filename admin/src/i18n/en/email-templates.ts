// The admin's English words for email-templates (see ../README.md).
export const emailTemplates = {} as const;
