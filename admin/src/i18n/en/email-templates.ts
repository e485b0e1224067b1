// The admin's English words for email templates (see ../README.md).
export const emailTemplates = {
  list: {
    search: "Search templates",
    searchPlaceholder: "Key, such as request.approved",
    empty: "No templates match.",
    key: "Key",
    subject: "Subject",
    updated: "Updated",
  },
  show: { untitled: "Email template" },
  edit: {
    title: "Edit {name}",
    untitled: "Edit template",
    saved: "Template saved",
    text: "Text",
  },
  test: {
    button: "Send test",
    question: "Send a test of this template?",
    description: "The saved version goes to your own address, filled with the sample data.",
    failed: "Could not send the test",
    queued: "Test email queued",
    queuedText: "It goes to {recipient}, with the saved version of this template.",
  },
  preview: {
    title: "Preview with sample data",
    variables: "Variables",
    variablesLead: "Variables:",
    none: "none",
    unknownOne: "Unknown variable: {names}",
    unknownMany: "Unknown variables: {names}",
    unknownText: "No email carries this data, so sending would fail. Check the spelling.",
    subject: "Subject preview",
    html: "HTML preview",
    text: "Text preview",
  },
} as const;
