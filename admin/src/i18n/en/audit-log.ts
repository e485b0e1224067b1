// The admin's English words for the audit log (see ../README.md).
export const auditLog = {
  list: {
    title: "Audit log",
    what: "the audit log",
    table: "Table",
    anyTable: "Any table",
    recordId: "Record id",
    person: "Person",
    whoChanged: "Who made the change",
    dates: "Dates",
    noMatch: "No changes match these filters.",
    empty: "Nothing has been recorded yet.",
  },
  // db/status/audit's tables, as a person calls their rows.
  tables: {
    companies: "Companies",
    contacts: "Contacts",
    notes: "Notes",
    signup_requests: "Sign-up requests",
    projects: "Projects",
    project_updates: "Project updates",
    tasks: "Tasks",
    profiles: "People",
    products: "Beta products",
    beta_access: "Beta grants",
    beta_invite_codes: "Invite codes",
    beta_builds: "Beta builds",
    beta_feedback: "Beta feedback",
    email_templates: "Email templates",
    pages: "Pages",
    notifications: "Emails (retries)",
  },
} as const;
