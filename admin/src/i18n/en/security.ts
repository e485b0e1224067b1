// The admin's English words for the staff member's own security page (see ../README.md).
export const security = {
  title: "Security",
  intro:
    "Two-step sign-in: after your password, Atrium asks for a code from an authenticator app on your phone, so a leaked password alone does not open client data.",
  factors: {
    empty: "No authenticator app yet: signing in asks only for your password.",
    name: "Name",
    status: "Status",
    active: "Active",
    notConfirmed: "Not confirmed",
    added: "Added",
    actions: "Actions",
  },
  enroll: {
    title: "Add an authenticator app",
    text: "Use an app such as Google Authenticator, 1Password or Aegis. Once it is set up, signing in asks for the 6-digit code it shows.",
    setUp: "Set up",
    setUpName: "Set up {name}",
  },
} as const;
