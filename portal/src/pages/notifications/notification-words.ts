// A notification's title and text in the reader's language. The triggers that write them
// (drizzle/0025_client_notifications.sql) store English sentences around the names they carry
// (a company, a project, a product and version), so the known sentences are read back by their
// kind and shape and told in the dictionary's words; what the team wrote themselves (an update's
// title, release notes, a rejection reason) stays as written.
import type { ClientNotification } from "@db/schema/client-notifications";
import type { Translator } from "@supabase-client/i18n/provider";

type Item = Pick<ClientNotification, "kind" | "title" | "body">;

/** One stored English sentence: its shape, and the reader's words with the name it carried. */
type Sentence = readonly [RegExp, (t: Translator, name: string) => string];

const titles: Partial<Record<ClientNotification["kind"], readonly Sentence[]>> = {
  request_decided: [
    [/^Your request was approved$/, (t) => t("portal.notifications.words.approvedTitle")],
    [/^Your request was not approved$/, (t) => t("portal.notifications.words.rejectedTitle")],
  ],
  beta_build: [
    [/^(.+) is available$/s, (t, build) => t("portal.notifications.words.buildTitle", { build })],
  ],
  beta_grant: [
    [
      /^You can now try (.+)$/s,
      (t, product) => t("portal.notifications.words.grantTitle", { product }),
    ],
  ],
};

const bodies: Partial<Record<ClientNotification["kind"], readonly Sentence[]>> = {
  request_decided: [
    [
      /^(.+) can now follow its projects here\.$/s,
      (t, company) => t("portal.notifications.words.approvedText", { company }),
    ],
    [/^No reason was given\.$/, (t) => t("portal.notifications.words.noReason")],
  ],
  project_update: [
    [
      /^New update on (.+)$/s,
      (t, project) => t("portal.notifications.words.updateText", { project }),
    ],
  ],
  beta_grant: [
    [/^Its beta builds are on your Beta page\.$/, (t) => t("portal.notifications.words.grantText")],
  ],
};

function say(t: Translator, sentences: readonly Sentence[] | undefined, text: string): string {
  for (const [shape, words] of sentences ?? []) {
    const match = shape.exec(text);
    if (match) {
      return words(t, match[1] ?? "");
    }
  }
  return text;
}

/**
 * @example notificationWords(frenchT, { kind: "beta_grant", title: "You can now try Insights", … })
 *   // { title: "Vous pouvez maintenant essayer Insights", … }
 */
export function notificationWords(t: Translator, item: Item): { title: string; body: string } {
  return {
    title: say(t, titles[item.kind], item.title),
    body: item.body ? say(t, bodies[item.kind], item.body) : "",
  };
}
