// The beta page's refusals reach a French tester in French: the database's invite-code refusals
// (raised in English by private.redeem_beta_invite) and a feedback that storage or the database
// refused.
import type { SupabaseClient } from "@supabase/supabase-js";
import { createI18nProvider } from "@supabase-client/i18n/provider";
import { describe, expect, it } from "vitest";
import { explainRedeemError } from "../../../portal/src/pages/beta/beta-refusals";
import { sendFeedback } from "../../../portal/src/pages/beta/send-feedback";

const { t: french } = createI18nProvider("fr", () => undefined);

describe("explainRedeemError", () => {
  it.each([
    ["This invite code does not exist", "Ce code d’invitation n’existe pas."],
    ["This invite code has expired", "Ce code d’invitation a expiré."],
    ["This invite code has been used up", "Ce code d’invitation a déjà servi"],
  ])("puts %j in the tester's words", (message, words) => {
    expect(explainRedeemError(french, { message })).toContain(words);
  });

  it("says a dropped network or an unknown refusal plainly, never in the database's English", () => {
    const plain = "Le code n’a pas pu être vérifié pour le moment. Réessayez dans un instant.";
    expect(explainRedeemError(french, { message: "TypeError: Failed to fetch" })).toBe(plain);
    expect(explainRedeemError(french, { message: "Sign in to redeem an invite code" })).toBe(plain);
  });
});

/** A client whose storage upload and row insert answer as given. */
function clientAnswering(upload: { message: string } | null, insert: { message: string } | null) {
  const removed: string[][] = [];
  const client = {
    storage: {
      from: () => ({
        upload: async () => ({ data: null, error: upload }),
        remove: async (keys: string[]) => {
          removed.push(keys);
          return { data: [], error: null };
        },
      }),
    },
    from: () => ({ insert: async () => ({ error: insert }) }),
  } as unknown as SupabaseClient;
  return { client, removed };
}

const feedback = { build_id: "b1", rating: 4, body: "Works" };
const screenshot = new File([new Uint8Array(8)], "shot.png", { type: "image/png" });

describe("sendFeedback", () => {
  it("answers a refused upload with the tester's words, not storage's", async () => {
    const { client } = clientAnswering({ message: "The object exceeded the maximum size" }, null);
    const failure = await sendFeedback(client, "p1", feedback, screenshot);
    expect(failure && french(failure)).toBe(
      "La capture d’écran n’a pas pu être envoyée. Réessayez, ou envoyez votre avis sans elle.",
    );
  });

  it("answers a refused row with the tester's words and takes the screenshot back", async () => {
    const { client, removed } = clientAnswering(null, {
      message: 'new row violates row-level security policy for table "beta_feedback"',
    });
    const failure = await sendFeedback(client, "p1", feedback, screenshot);
    expect(failure && french(failure)).toBe(
      "Votre avis n’a pas pu être envoyé. Rechargez la page et réessayez.",
    );
    expect(removed).toHaveLength(1);
  });

  it("answers null once sent", async () => {
    const { client } = clientAnswering(null, null);
    expect(await sendFeedback(client, "p1", feedback, null)).toBeNull();
  });
});
