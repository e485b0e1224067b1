// The admin's English words for the email outbox (see ../README.md).
import { labelsOf } from "@db/status/look";
import { outboxStatusLabels } from "@db/status/outbox";

export const emailOutbox = {
  status: labelsOf(outboxStatusLabels),
  list: {
    title: "Email outbox",
    what: "the outbox",
    statusLabel: "Status",
    anyStatus: "Any status",
    template: "Template",
    anyTemplate: "Any template",
    noMatch: "No emails match these filters.",
    empty: "No email has been queued yet.",
  },
  retry: {
    button: "Retry",
    question: "Send this email again?",
    description: "{template} to {recipient} goes back into the queue.",
    failed: "Could not retry the email",
    queued: "Email queued again",
    queuedText: "It goes to {recipient} with the next outbox run.",
  },
} as const;
