// Drains the outbox once: claims due rows through `claim_notifications` (for update skip locked,
// leased, attempt counted), renders each row's template in the recipient's language (falling
// back to `en`), sends it with Resend under the row's idempotency key, and records the outcome.
// Safe to run twice at once and to kill at any point: claims never overlap, a dead worker's rows
// come back after their lease, and Resend answers a repeated key with the first message's id.
import type { Resend } from "npm:resend@6.38.0";
import { MissingTemplateDataError, renderTemplate } from "../../../db/email/render.ts";
import type { EmailTemplate, Notification } from "../../../db/schema/email.ts";
import { emailLinks } from "./email-links.ts";
import { classifySendFailure, retryDelayMs } from "./retry.ts";
import type { SupabaseClient } from "./supabase.ts";

export interface OutboxSettings {
  from: string;
  portalUrl: string;
  adminUrl: string;
  batchSize: number;
  leaseSeconds: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  sendTimeoutMs: number;
  /** Stop claiming new rows after this long (the rest wait for the next run). */
  budgetMs: number;
}

export interface DrainSummary {
  reminders: number;
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

type Template = Pick<EmailTemplate, "key" | "locale" | "subject" | "html" | "text">;

/** Resend tags allow ASCII letters, digits, `_` and `-` only. */
const tagValue = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, "_");

async function rpc<T>(supabase: SupabaseClient, name: string, args: Record<string, unknown>) {
  const { data, error } = await supabase.rpc(name, args);
  if (error) {
    throw new Error(`${name}: ${error.message}`);
  }
  return data as T;
}

async function loadTemplates(
  supabase: SupabaseClient,
  rows: Notification[],
): Promise<Map<string, Template>> {
  const keys = [...new Set(rows.map((row) => row.template_key))];
  const { data, error } = await supabase
    .from("email_templates")
    .select("key, locale, subject, html, text")
    .in("key", keys);
  if (error) {
    throw new Error(`email_templates: ${error.message}`);
  }
  return new Map(
    (data as Template[]).map((template) => [`${template.key}:${template.locale}`, template]),
  );
}

/**
 * One pass over the due rows.
 * @example const summary = await drainOutbox(supabase, resend, settings);
 */
export async function drainOutbox(
  supabase: SupabaseClient,
  resend: Resend,
  settings: OutboxSettings,
): Promise<DrainSummary> {
  const started = Date.now();
  const summary: DrainSummary = {
    reminders: await rpc<number>(supabase, "enqueue_reminders", {}),
    claimed: 0,
    sent: 0,
    retrying: 0,
    failed: 0,
  };
  while (Date.now() - started < settings.budgetMs) {
    const rows = await rpc<Notification[]>(supabase, "claim_notifications", {
      max_rows: settings.batchSize,
      lease_seconds: settings.leaseSeconds,
      max_attempts: settings.maxAttempts,
    });
    if (rows.length === 0) {
      break;
    }
    summary.claimed += rows.length;
    const templates = await loadTemplates(supabase, rows);
    const outcomes = await Promise.all(
      rows.map((row) => deliver(supabase, resend, settings, templates, row)),
    );
    for (const outcome of outcomes) {
      summary[outcome] += 1;
    }
  }
  return summary;
}

async function deliver(
  supabase: SupabaseClient,
  resend: Resend,
  settings: OutboxSettings,
  templates: Map<string, Template>,
  row: Notification,
): Promise<"sent" | "retrying" | "failed"> {
  const fail = async (error: string) => {
    await rpc(supabase, "fail_notification", {
      notification_id: row.id,
      error,
      retry_at: null,
    });
    return "failed" as const;
  };
  const template =
    templates.get(`${row.template_key}:${row.locale}`) ?? templates.get(`${row.template_key}:en`);
  if (!template) {
    return fail(`No template ${row.template_key} in ${row.locale} or en`);
  }
  let rendered: ReturnType<typeof renderTemplate>;
  try {
    rendered = renderTemplate(template, { ...row.data, ...emailLinks(row.data, settings) });
  } catch (error) {
    if (error instanceof MissingTemplateDataError) {
      return fail(error.message);
    }
    throw error;
  }

  const { data, error, headers } = await resend.emails.send(
    {
      from: settings.from,
      to: row.recipient_email,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      tags: [{ name: "template", value: tagValue(row.template_key) }],
    },
    // The row's key goes to Resend: a retry after a lost answer returns the first message.
    { idempotencyKey: row.idempotency_key, signal: AbortSignal.timeout(settings.sendTimeoutMs) },
  );
  if (data) {
    await rpc(supabase, "complete_notification", {
      notification_id: row.id,
      message_id: data.id,
    });
    return "sent";
  }
  const verdict = classifySendFailure(
    {
      statusCode: error?.statusCode ?? null,
      name: error?.name ?? "unknown",
      message: error?.message ?? "",
    },
    headers?.["retry-after"] ?? null,
  );
  if (!verdict.retry) {
    return fail(verdict.error);
  }
  if (row.attempts >= settings.maxAttempts) {
    return fail(`${verdict.error} (gave up after ${row.attempts} attempts)`);
  }
  const delay = Math.max(
    verdict.notBeforeMs,
    retryDelayMs(row.attempts, { baseMs: settings.retryBaseMs, maxMs: settings.retryMaxMs }),
  );
  await rpc(supabase, "fail_notification", {
    notification_id: row.id,
    error: verdict.error,
    retry_at: new Date(Date.now() + delay).toISOString(),
  });
  return "retrying";
}
