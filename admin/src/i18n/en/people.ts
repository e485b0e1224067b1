// The admin's English words for people: the list, a person's page and form, roles, the
// two-step reset and invitations (see ../README.md).
export const people = {
  roles: {
    client: "Client",
    team: "Team",
    admin: "Admin",
    question: {
      client: "Make {name} a client?",
      team: "Make {name} a team member?",
      admin: "Make {name} an admin?",
    },
    consequence: {
      admin: "Admins read and change everything, including roles, templates and beta access.",
      team: "The team reads every client's data in the admin and can no longer use the portal as a client.",
      client: "Clients lose the admin and see only their own company in the portal.",
    },
  },
  list: {
    search: "Search people",
    searchPlaceholder: "Name or email",
    filterRole: "Filter by role",
    anyRole: "Any role",
    empty: "Nobody matches.",
    name: "Name",
    email: "Email",
    role: "Role",
    company: "Company",
    joined: "Joined",
    actions: "Actions",
  },
  show: {
    untitled: "Person",
    bounced: "Bounced",
    emailLanguage: "Email language",
  },
  form: {
    editTitle: "Edit {name}",
    editUntitled: "Edit person",
    saved: "{name} was saved",
    theProfile: "The profile",
    changeRole: "Change role",
    adminOnly: "Only an admin can change a role.",
    languages: { en: "English", fr: "French" },
  },
  resetMfa: {
    button: "Reset two-step sign-in",
    question: "Reset {name}'s two-step sign-in?",
    ok: "Reset",
    effect:
      "Every authenticator app {name} has set up stops working for Atrium. They sign in with their password next time and set up an app again.",
    caution:
      "Do this only when you are sure it is them asking (for example, they lost their phone). The reset is written to the audit log and {email} gets an email about it.",
    doneOne: "{name}'s two-step sign-in was reset (1 authenticator app removed); we emailed them",
    doneMany:
      "{name}'s two-step sign-in was reset ({count} authenticator apps removed); we emailed them",
  },
  invitations: {
    title: "Pending invitations",
    invite: "Invite someone",
    empty: "No pending invitations. Invite a team member or a client contact by email.",
    lastSent: "Last sent",
    emails: "Emails",
    resend: "Re-send",
    resent: "A new invitation went to {email}; the previous link no longer works",
    revoke: "Revoke",
    revokeQuestion: "Revoke the invitation of {email}?",
    revokeText: "The link in their email stops working.",
    revoked: "The invitation of {email} was revoked",
    send: "Send invitation",
    sent: "Invitation sent to {email}",
    companyHelp: "The client sees this company's projects in the portal.",
    chooseCompanyRule: "Choose the company this client belongs to",
    chooseCompany: "Choose a company",
    staffNote: "Staff set up an authenticator app the first time they sign in to the admin.",
  },
} as const;
