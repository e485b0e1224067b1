// The value lists of the enums the apps show on their first screens (status words, languages),
// in a module that imports nothing: the schema files build their pgEnums from these, and the
// browser's status and language modules read them here without pulling drizzle or zod into the
// first screen's JavaScript (tests/integration/apps/bundle-budget.test.ts).
export const projectStatuses = ["pending", "active", "on_hold", "completed"] as const;
export const taskStatuses = ["todo", "in_progress", "blocked", "done"] as const;
export const productStatuses = ["draft", "beta", "released", "retired"] as const;
export const pageStatuses = ["draft", "published"] as const;

/** The languages the portal and the emails speak. */
export const profileLocales = ["en", "fr"] as const;
export type ProfileLocale = (typeof profileLocales)[number];

/** An outbox email's state, and what Resend reported after accepting it. */
export const notificationStatuses = ["queued", "sending", "sent", "failed"] as const;
export const deliveryStatuses = ["delivered", "delayed", "bounced", "complained"] as const;

/** What an audit-log entry records. */
export const auditActions = ["insert", "update", "delete"] as const;

/** How the admin is drawn for this person; `system` follows their device. */
export const colorThemes = ["light", "dark", "system"] as const;
