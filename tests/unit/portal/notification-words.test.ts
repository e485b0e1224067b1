// The bell's notifications are stored by database triggers as English sentences around a name
// (drizzle/0025_client_notifications.sql); a French client reads them in French, and what the
// team wrote (an update's title, release notes, a reason) stays as written.
import { createI18nProvider } from "@supabase-client/i18n/provider";
import { describe, expect, it } from "vitest";
import { notificationWords } from "../../../portal/src/pages/notifications/notification-words";

const { t: french } = createI18nProvider("fr", () => undefined);
const { t: english } = createI18nProvider("en", () => undefined);

/** Rows as the triggers write them, one per kind and sentence. */
const stored = [
  {
    kind: "request_decided",
    title: "Your request was approved",
    body: "Globex Corporation can now follow its projects here.",
  },
  { kind: "request_decided", title: "Your request was not approved", body: "No reason was given." },
  { kind: "project_update", title: "Pipelines live", body: "New update on Data platform" },
  { kind: "beta_build", title: "Insights 0.3.0 is available", body: "First dashboards." },
  {
    kind: "beta_grant",
    title: "You can now try Insights",
    body: "Its beta builds are on your Beta page.",
  },
] as const;

describe("notificationWords", () => {
  it("tells each stored sentence in French, with the name it carried", () => {
    expect(stored.map((item) => notificationWords(french, item))).toEqual([
      {
        title: "Votre demande a été acceptée",
        body: "Globex Corporation peut désormais suivre ses projets ici.",
      },
      { title: "Votre demande n’a pas été acceptée", body: "Aucun motif n’a été donné." },
      { title: "Pipelines live", body: "Nouvelle actualité sur Data platform" },
      { title: "Insights 0.3.0 est disponible", body: "First dashboards." },
      {
        title: "Vous pouvez désormais essayer Insights",
        body: "Ses versions bêta sont sur votre page Bêta.",
      },
    ]);
  });

  it("reads in English exactly what was stored", () => {
    for (const item of stored) {
      expect(notificationWords(english, item)).toEqual({ title: item.title, body: item.body });
    }
  });

  it("keeps what the team wrote, even when it looks like a stored sentence of another kind", () => {
    const reason = { kind: "request_decided", title: "Your request was not approved" } as const;
    expect(notificationWords(french, { ...reason, body: "Out of scope for us." }).body).toBe(
      "Out of scope for us.",
    );
    const update = {
      kind: "project_update",
      title: "You can now try Insights",
      body: null,
    } as const;
    expect(notificationWords(french, update)).toEqual({
      title: "You can now try Insights",
      body: "",
    });
  });
});
