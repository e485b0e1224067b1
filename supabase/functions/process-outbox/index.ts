// process-outbox: drains the email outbox (see _shared/outbox.ts). Called by pg_cron + pg_net on
// hosted Supabase and by the local stack's trigger; only the service role may call it.
import { Resend } from "npm:resend@6.38.0";
import { parseEnv, supabaseEnv, z } from "../_shared/env.ts";
import { HttpError, handle, json } from "../_shared/http.ts";
import { drainOutbox } from "../_shared/outbox.ts";
import { isServiceRole, serviceClient } from "../_shared/supabase.ts";

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const env = parseEnv(
  z.object({
    ...supabaseEnv,
    RESEND_API_KEY: z.string().min(1),
    /** Unset on hosted: the SDK then talks to api.resend.com. */
    RESEND_BASE_URL: z.url().optional(),
    EMAIL_FROM: z.string().min(3),
    PORTAL_URL: z.url(),
    ADMIN_URL: z.url(),
    OUTBOX_BATCH_SIZE: count(10),
    OUTBOX_LEASE_SECONDS: count(120),
    OUTBOX_MAX_ATTEMPTS: count(8),
    OUTBOX_RETRY_BASE_MS: count(30_000),
    OUTBOX_RETRY_MAX_MS: count(3_600_000),
    OUTBOX_SEND_TIMEOUT_MS: count(10_000),
    OUTBOX_BUDGET_MS: count(25_000),
  }),
);

const supabase = serviceClient(env.SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY);
const resend = new Resend(env.RESEND_API_KEY, {
  baseUrl: env.RESEND_BASE_URL ?? "https://api.resend.com",
});
const trimSlash = (url: string) => url.replace(/\/+$/, "");

Deno.serve(
  handle(async (request) => {
    if (!isServiceRole(request, env.SUPABASE_SERVICE_ROLE_KEY)) {
      throw new HttpError(401, "not_service_role", "Only the service role may drain the outbox");
    }
    const summary = await drainOutbox(supabase, resend, {
      from: env.EMAIL_FROM,
      portalUrl: trimSlash(env.PORTAL_URL),
      adminUrl: trimSlash(env.ADMIN_URL),
      batchSize: env.OUTBOX_BATCH_SIZE,
      leaseSeconds: env.OUTBOX_LEASE_SECONDS,
      maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
      retryBaseMs: env.OUTBOX_RETRY_BASE_MS,
      retryMaxMs: env.OUTBOX_RETRY_MAX_MS,
      sendTimeoutMs: env.OUTBOX_SEND_TIMEOUT_MS,
      budgetMs: env.OUTBOX_BUDGET_MS,
    });
    return json(summary);
  }),
);
