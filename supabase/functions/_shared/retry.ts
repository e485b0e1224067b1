// How process-outbox treats a failed send: which failures are worth retrying and how long to
// wait. Pure (no imports) so Node's unit tests exercise the same code Deno runs.

/** What Resend's SDK returns as `error` (statusCode null: no answer — network, timeout). */
export interface SendFailure {
  statusCode: number | null;
  name: string;
  message: string;
}

export type SendVerdict =
  | { retry: false; error: string }
  | { retry: true; error: string; notBeforeMs: number };

/**
 * Exponential backoff with "equal jitter": half the exponential delay is fixed, half random, so
 * delays still grow attempt over attempt while workers retrying together spread out.
 * @example retryDelayMs(3, { baseMs: 1000, maxMs: 60000 }, () => 0) // 2000 (of 2000..4000)
 */
export function retryDelayMs(
  attempt: number,
  options: { baseMs: number; maxMs: number },
  random: () => number = Math.random,
): number {
  const exponential = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/**
 * Retry on no answer, 429 (after `retry-after` at least) and 5xx; any other 4xx is permanent:
 * sending the same request again would fail the same way.
 * @example classifySendFailure({ statusCode: 422, name: "validation_error", message: "bad to" }, null)
 *   // { retry: false, error: "422 validation_error: bad to" }
 */
export function classifySendFailure(failure: SendFailure, retryAfter: string | null): SendVerdict {
  const error = `${failure.statusCode ?? "no answer"} ${failure.name}: ${failure.message}`;
  const status = failure.statusCode;
  if (status === null || status >= 500) {
    return { retry: true, error, notBeforeMs: 0 };
  }
  if (status === 429 || (status === 409 && failure.name === "concurrent_idempotent_requests")) {
    const seconds = Number(retryAfter);
    return { retry: true, error, notBeforeMs: Number.isFinite(seconds) ? seconds * 1000 : 0 };
  }
  return { retry: false, error };
}
