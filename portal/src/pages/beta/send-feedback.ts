// Sending one piece of feedback: the screenshot (if any) goes first into the tester's own folder
// of `beta-feedback`, then the row that points at it. If the row is refused, the upload is taken
// back, so no screenshot stays without its feedback.
import type { insertFeedbackSchema } from "@db/validation/beta";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { MessageKey } from "@supabase-client/i18n/messages";
import { uploadContentType } from "@supabase-client/storage/check-file";
import { feedbackScreenshotKey } from "@supabase-client/storage/keys";
import type { z } from "zod/v4";

export type FeedbackInput = z.output<typeof insertFeedbackSchema>;

/**
 * Null once sent; otherwise the key of the sentence to show the tester (the storage or database
 * refusal is English and names nothing the tester can act on).
 */
export async function sendFeedback(
  supabase: SupabaseClient,
  profileId: string,
  feedback: FeedbackInput,
  screenshot: File | null,
): Promise<MessageKey | null> {
  const bucket = supabase.storage.from("beta-feedback");
  let key: string | null = null;
  if (screenshot) {
    key = feedbackScreenshotKey(profileId, feedback.build_id, screenshot.name, new Date());
    const { error } = await bucket.upload(key, screenshot, {
      contentType: uploadContentType(screenshot),
    });
    if (error) {
      return "portal.beta.screenshotFailed";
    }
  }
  const { error } = await supabase
    .from("beta_feedback")
    .insert({ ...feedback, screenshot_path: key });
  if (error) {
    if (key) {
      await bucket.remove([key]);
    }
    return "portal.beta.sendFailed";
  }
  return null;
}
