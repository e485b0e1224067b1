// A notification's title and text in the reader's language. The triggers that write them
// (drizzle/0025_client_notifications.sql) store English sentences around the names they carry
// (a company, a project, a product and version). Those sentences are the English dictionary's
// `portal.notifications.words`, so each stored one is read back through that template, by its
// kind, and told in the reader's words; what the team wrote themselves (an update's title,
// release notes, a rejection reason) stays as written.
import type { ClientNotification } from "@db/schema/client-notifications";
import { dictionaries } from "@supabase-client/i18n/messages";
import type { Translator } from "@supabase-client/i18n/provider";
import { englishTemplates } from "@supabase-client/i18n/validation-text";

type Item = Pick<ClientNotification, "kind" | "title" | "body">;
type Word = keyof typeof dictionaries.en.portal.notifications.words;

const templates = new Map(
  englishTemplates(dictionaries.en.portal.notifications.words, "portal.notifications.words").map(
    (template) => [template.key.split(".").pop() as Word, template],
  ),
);

/** The sentences each kind's trigger stores, as title and text. */
const stored: Partial<Record<ClientNotification["kind"], { title?: Word[]; body?: Word[] }>> = {
  request_decided: {
    title: ["approvedTitle", "rejectedTitle"],
    body: ["approvedText", "noReason"],
  },
  project_update: { body: ["updateText"] },
  beta_build: { title: ["buildTitle"] },
  beta_grant: { title: ["grantTitle"], body: ["grantText"] },
};

function say(t: Translator, words: Word[] | undefined, text: string): string {
  for (const word of words ?? []) {
    const template = templates.get(word);
    const match = template?.pattern.exec(text);
    if (template && match) {
      const { key, names } = template;
      return t(key, Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? ""])));
    }
  }
  return text;
}

/**
 * @example notificationWords(frenchT, { kind: "beta_grant", title: "You can now try Insights", … })
 *   // { title: "Vous pouvez désormais essayer Insights", … }
 */
export function notificationWords(t: Translator, item: Item): { title: string; body: string } {
  return {
    title: say(t, stored[item.kind]?.title, item.title),
    body: item.body ? say(t, stored[item.kind]?.body, item.body) : "",
  };
}
