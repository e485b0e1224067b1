// The admin's English words for email-outbox (see ../README.md).
export const emailOutbox = {} as const;
