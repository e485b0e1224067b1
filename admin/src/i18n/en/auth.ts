// The admin's English words for signing in and the authenticator steps (see ../README.md); the
// fields, the submit and the MFA steps' own words are the shared `auth.*` and `mfa.*`.
export const auth = {
  login: { title: "Sign in to your account" },
  mfa: {
    codeLabel: "Enter the code from your authenticator app",
    enrollTitle: "Set up two-step sign-in",
    enrollWhy:
      "Staff accounts open client data, so Atrium asks for a code from an authenticator app after your password. Add one now to continue; later sign-ins ask for its code.",
    addApp: "Add your authenticator app",
  },
} as const;
