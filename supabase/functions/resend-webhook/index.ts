// resend-webhook: Resend's delivery events (email.delivered / bounced / complained / delayed),
// Svix-signed. Verified, then recorded on the outbox row by `record_email_event`, which also
// flags a bounced address on its profile and contact.
import { parseEnv, supabaseEnv, z } from "../_shared/env.ts";
import { HttpError, handle, json } from "../_shared/http.ts";
import { serviceClient } from "../_shared/supabase.ts";
import { verifySignedBody } from "../_shared/webhook-signature.ts";

const env = parseEnv(
  z.object({
    ...supabaseEnv,
    /** The endpoint's signing secret from Resend's dashboard, `whsec_<base64>`. */
    RESEND_WEBHOOK_SECRET: z.string().regex(/^whsec_[A-Za-z0-9+/=]+$/),
  }),
);

const supabase = serviceClient(env.SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY);

const recorded = new Set([
  "email.delivered",
  "email.delivery_delayed",
  "email.bounced",
  "email.complained",
]);

const eventSchema = z.object({
  type: z.string(),
  data: z.object({ email_id: z.string() }).loose(),
});

Deno.serve(
  handle(async (request) => {
    const body = await request.text();
    const signed = verifySignedBody(body, request.headers, env.RESEND_WEBHOOK_SECRET, "svix");
    const parsed = eventSchema.safeParse(signed);
    if (!parsed.success) {
      throw new HttpError(400, "invalid_payload", "Not a Resend email event", parsed.error.message);
    }
    const event = parsed.data;
    if (!recorded.has(event.type)) {
      // Other events (sent, opened, clicked…) are acknowledged so Resend does not retry them.
      return json({ recorded: false });
    }
    const { error } = await supabase.rpc("record_email_event", {
      message_id: event.data.email_id,
      event_type: event.type,
    });
    if (error) {
      console.error("record_email_event failed", error);
      throw new HttpError(500, "record_failed", "Could not record the event");
    }
    return json({ recorded: true });
  }),
);
