// Standard Webhooks verification (standardwebhooks.com): Auth's Send Email hook signs with
// `webhook-*` headers, Resend (through Svix) with the same scheme under `svix-*` names.
import { Webhook } from "npm:standardwebhooks@1.1.1";
import { HttpError } from "./http.ts";

/**
 * Verifies the raw body against the secret (`v1,whsec_<base64>` or `whsec_<base64>`), rejecting
 * timestamps older or newer than five minutes. Returns the parsed JSON body.
 * @throws HttpError 401 on a missing or bad signature.
 */
export function verifySignedBody(
  body: string,
  headers: Headers,
  secret: string,
  prefix: "webhook" | "svix" = "webhook",
): unknown {
  const id = headers.get(`${prefix}-id`);
  const timestamp = headers.get(`${prefix}-timestamp`);
  const signature = headers.get(`${prefix}-signature`);
  if (!id || !timestamp || !signature) {
    throw new HttpError(
      401,
      "missing_signature",
      "The request is not signed",
      `Expected ${prefix}-id, ${prefix}-timestamp and ${prefix}-signature headers`,
    );
  }
  try {
    return new Webhook(secret.replace(/^v1,/, "")).verify(body, {
      "webhook-id": id,
      "webhook-timestamp": timestamp,
      "webhook-signature": signature,
    });
  } catch (error) {
    throw new HttpError(
      401,
      "invalid_signature",
      "The request signature does not verify",
      error instanceof Error ? error.message : null,
    );
  }
}
