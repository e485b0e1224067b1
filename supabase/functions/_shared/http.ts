// What every Atrium edge function answers with: CORS on every response (hosted Supabase leaves
// CORS to the function), JSON bodies, and failures in the four-field shape
// `{ code, message, details, hint }` the apps already parse for REST errors.

export const corsHeaders: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers":
    "authorization, x-client-info, apikey, content-type, webhook-id, webhook-timestamp, webhook-signature, svix-id, svix-timestamp, svix-signature",
  "Access-Control-Allow-Methods": "POST, OPTIONS",
};

/** A failure that leaves the function as a 4xx/5xx with the four-field body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: string | null = null,
    readonly hint: string | null = null,
  ) {
    super(message);
  }
}

/**
 * @example return json({ sent: 3 });
 */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...corsHeaders, "Content-Type": "application/json", ...headers },
  });
}

/** The body of a failure; `extra` adds fields a specific caller reads (e.g. Auth's hook `error`). */
export function errorBody(error: HttpError, extra: Record<string, unknown> = {}) {
  return {
    code: error.code,
    message: error.message,
    details: error.details,
    hint: error.hint,
    ...extra,
  };
}

/**
 * Wraps a handler: answers OPTIONS preflights, turns thrown HttpErrors into their answer and
 * anything else into a 500 whose details stay in the log.
 * @example Deno.serve(handle(async (req) => json({ ok: true })));
 */
export function handle(
  handler: (request: Request) => Promise<Response>,
  options: { methods?: string[]; errorExtra?: (error: HttpError) => Record<string, unknown> } = {},
): (request: Request) => Promise<Response> {
  const methods = options.methods ?? ["POST"];
  return async (request) => {
    if (request.method === "OPTIONS") {
      return new Response("ok", { headers: corsHeaders });
    }
    try {
      if (!methods.includes(request.method)) {
        throw new HttpError(405, "method_not_allowed", `Use ${methods.join(" or ")}`);
      }
      return await handler(request);
    } catch (caught) {
      const error =
        caught instanceof HttpError
          ? caught
          : new HttpError(500, "unexpected_failure", "The function failed; see its log");
      if (!(caught instanceof HttpError) || error.status >= 500) {
        console.error(caught);
      }
      return json(errorBody(error, options.errorExtra?.(error)), error.status);
    }
  };
}
