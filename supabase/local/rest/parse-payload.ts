// The request body by its Content-Type: JSON as sent, CSV and form bodies turned into the JSON
// the rest of the pipeline reads, as PostgREST's payload parsing makes one JSON document of them.
import { badBody } from "./errors";
import { parseCsvRows } from "./parse-csv";

export interface Payload {
  body: unknown;
  /** The body as JSON text: values reach Postgres from it, so big numbers keep every digit. */
  bodyText: string;
}

function parseJson(text: string): unknown {
  if (text.trim() === "") {
    throw badBody("Empty body");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badBody(error instanceof Error ? error.message : null);
  }
}

/**
 * Reads a POST/PATCH/PUT body; CSV only for inserts, forms for anything but RPC.
 * @example parsePayload('{"a":1}', "application/json", "insert") // { body: { a: 1 }, bodyText: '{"a":1}' }
 */
export function parsePayload(
  text: string,
  contentType: string | undefined,
  action: string,
): Payload {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "text/csv" && action === "insert") {
    const body = parseCsvRows(text);
    return { body, bodyText: JSON.stringify(body) };
  }
  if (type === "text/plain" && action === "rpc") {
    // The raw body for a function's single unnamed text parameter.
    return { body: text, bodyText: text };
  }
  if (type === "application/octet-stream" && action === "rpc") {
    // bytea's hex text (service.ts reads binary bodies so) for a single unnamed bytea parameter.
    return { body: text, bodyText: text };
  }
  if (type === "application/x-www-form-urlencoded" && action !== "rpc") {
    const body = Object.fromEntries(new URLSearchParams(text));
    return { body, bodyText: JSON.stringify(body) };
  }
  return { body: parseJson(text), bodyText: text };
}
