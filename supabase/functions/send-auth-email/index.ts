// send-auth-email: Auth's Send Email hook. Verifies the Standard Webhooks signature, queues the
// email in the outbox (keyed by the token hash) and asks process-outbox to send it now.
import { authEmailRows, hookPayloadSchema } from "../_shared/auth-email.ts";
import { parseEnv, supabaseEnv, z } from "../_shared/env.ts";
import { HttpError, handle, json } from "../_shared/http.ts";
import { serviceClient } from "../_shared/supabase.ts";
import { verifySignedBody } from "../_shared/webhook-signature.ts";

const env = parseEnv(
  z.object({
    ...supabaseEnv,
    /** As configured in Auth: `v1,whsec_<base64>`. */
    SEND_EMAIL_HOOK_SECRET: z.string().regex(/^(v1,)?whsec_[A-Za-z0-9+/=]+$/),
    /** Base of the portal's confirm page; the hook's site_url when unset. */
    PORTAL_URL: z.url().optional(),
  }),
);

const supabase = serviceClient(env.SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY);

/** Hosted keeps the function alive for background work only through EdgeRuntime.waitUntil. */
declare const EdgeRuntime: { waitUntil(promise: Promise<unknown>): void } | undefined;

function kickOutbox(): void {
  const work = fetch(`${env.SUPABASE_URL}/functions/v1/process-outbox`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${env.SUPABASE_SERVICE_ROLE_KEY}`,
      apikey: env.SUPABASE_SERVICE_ROLE_KEY,
      "Content-Type": "application/json",
    },
    body: "{}",
  })
    .then((response) => response.body?.cancel())
    .catch((error: unknown) => console.error("process-outbox kick failed", error));
  if (typeof EdgeRuntime !== "undefined") {
    EdgeRuntime.waitUntil(work);
  }
}

Deno.serve(
  handle(
    async (request) => {
      const body = await request.text();
      const signed = verifySignedBody(body, request.headers, env.SEND_EMAIL_HOOK_SECRET);
      const parsed = hookPayloadSchema.safeParse(signed);
      if (!parsed.success) {
        throw new HttpError(
          400,
          "invalid_payload",
          "Not a Send Email hook payload",
          parsed.error.message,
        );
      }
      const rows = authEmailRows(parsed.data, env.PORTAL_URL ?? "");
      if (rows === null) {
        throw new HttpError(
          422,
          "unsupported_email_action",
          `No email template for ${parsed.data.email_data.email_action_type}`,
        );
      }
      const { error } = await supabase
        .from("notifications")
        .upsert(rows, { onConflict: "idempotency_key", ignoreDuplicates: true });
      if (error) {
        console.error("enqueue failed", error);
        throw new HttpError(500, "enqueue_failed", "Could not queue the email");
      }
      kickOutbox();
      return json({});
    },
    // Auth reads failures as `{ error: { http_code, message } }`.
    { errorExtra: (error) => ({ error: { http_code: error.status, message: error.message } }) },
  ),
);
