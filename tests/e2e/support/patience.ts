// How long the browser tests wait for what Vite's dev server and the local stack do at their own
// pace on a shared, loaded machine: a page's modules compiled on first visit, an upload through
// Storage, a mail through the outbox. Each wait is still on its condition; only how long the
// condition may take is wider than Playwright's 15 s default.

/** For a step that loads a page (or a lazy part of one) or waits on a round trip to the stack. */
export const patient = { timeout: 45_000 };
