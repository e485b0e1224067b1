// English words both apps share: the common words, the field names and validation messages of
// db/validation (matched by validation-text.ts), the statuses of db/status and the shared
// components (forms, MFA, storage). English is the source of truth: every other language must
// have exactly these keys (messages/types.ts).

import { grantStateLabels, productStatusLabels } from "@db/status/beta";
import { labelsOf } from "@db/status/look";
import { pageStatusLabels } from "@db/status/pages";
import { projectStatusLabels, taskStatusLabels, visibilityLabels } from "@db/status/projects";
import { signupStatusLabels } from "@db/status/signup-requests";

export const enShared = {
  common: {
    loading: "Loading…",
    save: "Save",
    cancel: "Cancel",
    optional: "(optional)",
    choose: "Choose…",
    somethingWrong: "Something went wrong. Please try again.",
    tryAgain: "Try again",
  },
  language: { en: "English", fr: "Français" },
  // db/validation's field titles, as its messages name them.
  fields: {
    name: "Name",
    fullName: "Full name",
    companyName: "Company name",
    description: "Description",
    projectType: "Project type",
    budget: "Budget",
    message: "Message",
    reason: "Reason",
    title: "Title",
    phone: "Phone",
    language: "Language",
    rating: "Rating",
    ratingHelp: "1 is poor, 5 is excellent.",
    feedback: "Feedback",
    factorName: "Name of the app or device",
    version: "Version",
    email: "Email",
    accessEnds: "Access ends on",
    clientSummary: "Client summary",
    seoTitle: "SEO title",
    seoDescription: "SEO description",
    // The sign-up form's origin, which the portal sets itself.
    source: "Source",
  },
  // db/validation's messages; `{label}` is one of the field titles above.
  validation: {
    required: "{label} is required",
    tooLong: "{label} must be at most {max} characters",
    tooLarge: "{label} is too large (at most {max} bytes)",
    emailRequired: "Email is required",
    emailInvalid: "Enter a valid email address",
    passwordRequired: "Password is required",
    passwordShort: "Use at least 8 characters",
    passwordLong: "Use at most 72 characters",
    passwordsDiffer: "The two passwords differ",
    code: "Enter the 6 digits",
    chooseLanguage: "Choose a language",
    inviteCode: "Enter the code from your invitation.",
    rating: "Rate from 1 to 5",
    notValid: "This value is not valid",
    taken: "This value is already taken",
    webAddress: "Enter a valid web address",
    // db/validation's project and page rules (the admin's forms).
    clientCompany: "Choose the client company",
    progressWhole: "Progress is a whole number",
    progressRange: "Progress is between 0 and 100",
    datesOrder: "Due date cannot be before the start date",
    slug: "Use lower-case words separated by dashes (and / for sections)",
    // db/validation's beta and template rules (the admin's forms).
    handle: "Use lower-case letters, digits and single dashes",
    grantee: "Grant access to a person or to a company",
    accessEnds: "Pick the day access ends",
    inviteCodeShape: "Use 4 to 64 letters, digits or dashes",
    maxUses: "At least one use",
    inviteCodeEnds: "Pick a day that has not passed",
    templateKey: "Use a key such as request.approved",
    languageCode: "Use a two-letter language code",
    // storage/check-file's refusals of a picked file.
    fileEmpty: "{name} is empty.",
    fileTooBig: "{name} is {size}; files here may be at most {max}.",
    fileType: "{name} is a {type} file; allowed here: {allowed}.",
  },
  statuses: {
    signupRequest: labelsOf(signupStatusLabels),
    project: labelsOf(projectStatusLabels),
    task: labelsOf(taskStatusLabels),
    visibility: labelsOf(visibilityLabels),
    product: labelsOf(productStatusLabels),
    grant: labelsOf(grantStateLabels),
    page: labelsOf(pageStatusLabels),
  },
  mfa: {
    appName: "Authenticator app",
    thisApp: "this authenticator app",
    removeTitle: "Remove {name}?",
    removeText: "Signing in will no longer ask for its code.",
    remove: "Remove",
    removed: "{name} removed",
    noFactor: "No authenticator app is set up for this account.",
    qrAlt: "QR code to add your Atrium account to {name}",
    manualKey: "Manual key",
    copyKey: "Copy key",
    copied: "Copied",
    codeFromApp: "Code from the app",
    scanStep: "1. Scan the QR code with your authenticator app, or enter this key by hand:",
    codeStep: "2. Type the 6-digit code the app shows.",
    confirm: "Confirm",
    verify: "Verify",
    cancelSignOut: "Cancel and sign out",
  },
  storage: {
    chooseFile: "Choose file",
    upTo: "Up to {size}.",
    viewScreenshot: "View screenshot",
    screenshotFailed: "The screenshot could not be opened.",
  },
} as const;
