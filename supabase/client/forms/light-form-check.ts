// The light pages' (plain inputs, no antd) view of the one form layer, without React: a draft of
// typed strings is checked by its db/validation schema and a refusal read as PostgREST words it,
// and both become messages keyed by the field's dotted path, through the antd forms' formatters.
import type { z } from "zod/v4";
import { type FieldError, fieldErrors } from "./field-errors";
import { type Refusal, refusalFieldErrors, refusalSentence } from "./refusal";

/** What the inputs hold, keyed by each field's dotted path (`"details.message"`). */
export type Draft = Record<string, string>;

/** Messages per field, keyed `"email"` or `"details.message"` (the antd path, dotted). */
export type FieldMessages = Partial<Record<string, string[]>>;

/** Moves errors the schema files under another name than the form shows (a whole object, say). */
export type PlaceErrors = (errors: FieldError[]) => FieldError[];

/**
 * @example fieldMessages([{ name: ["details", "message"], errors: ["Too long"] }])
 * // { "details.message": ["Too long"] }
 */
export function fieldMessages(errors: readonly FieldError[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const { name, errors: found } of errors) {
    const key = name.join(".");
    messages[key] = [...(messages[key] ?? []), ...found];
  }
  return messages;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/**
 * The draft as the schema reads it: dotted keys become nested objects, and a blank input is left
 * out, as an untouched antd field would be (so a required field says "is required").
 * @example nestDraft({ email: " ", "details.budget": "€10k" }) // { details: { budget: "€10k" } }
 */
export function nestDraft(draft: Draft): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    const path = key.split(".");
    const last = path.pop() ?? key;
    let target = input;
    for (const part of path) {
      const next = target[part];
      const child = isRecord(next) ? next : {};
      target[part] = child;
      target = child;
    }
    target[last] = value.trim() === "" ? undefined : value;
  }
  return input;
}

/** A draft's check: the schema's result and, when it refuses, each field's messages. */
export function checkDraft<S extends z.ZodType>(
  schema: S,
  input: unknown,
  placeErrors: PlaceErrors = (errors) => errors,
): { parsed: z.ZodSafeParseResult<z.output<S>>; messages: FieldMessages } {
  const parsed = schema.safeParse(input);
  return {
    parsed,
    messages: parsed.success ? {} : fieldMessages(placeErrors(fieldErrors(parsed.error))),
  };
}

/**
 * A refusal's messages: next to the column it names (unique, not null), else `notice` carries
 * the database's own sentence for the whole form.
 * @example refusalMessages({ code: "23505", details: "Key (email)=(a@b.c) already exists." })
 * // { messages: { email: ["This value is already taken"] }, notice: null }
 */
export function refusalMessages(refusal: Refusal): {
  messages: FieldMessages;
  notice: string | null;
} {
  const messages = fieldMessages(refusalFieldErrors(refusal));
  const isPlaced = Object.keys(messages).length > 0;
  return {
    messages,
    notice: isPlaced ? null : refusalSentence(refusal),
  };
}
