// db/validation speaks English to both apps (and to the edge functions); the forms show its
// messages in the reader's language by matching each one against the English templates of the
// dictionary's `validation` group and re-rendering the same key in the current language. A field
// name inside a message (`{label} is required`) is translated through the `fields` group: the
// shared one, and the app's own for fields only its forms show.

import { dictionaries, type MessageKey } from "./messages";
import type { Translator } from "./provider";
import type { Dictionary } from "./translate";

/** An English sentence of the dictionary as a pattern that reads its `{name}` values back. */
export interface Template {
  key: MessageKey;
  pattern: RegExp;
  names: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The English sentences of one dictionary group (`prefix` is its path) as patterns: how text
 * written in English elsewhere (db/validation, the database's triggers) is read back into keys.
 * @example englishTemplates({ taken: "{name} is taken" }, "validation")[0].pattern // /^(.+?) is taken$/
 */
export function englishTemplates(group: Dictionary, prefix: string): Template[] {
  return Object.entries(group).flatMap(([name, template]) => {
    if (typeof template !== "string") {
      return [];
    }
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "");
    const source = template
      .split(/\{\w+\}/)
      .map(escapeRegExp)
      .join("(.+?)");
    return [{ key: `${prefix}.${name}` as MessageKey, pattern: new RegExp(`^${source}$`), names }];
  });
}

// Exact sentences first, so "Email is required" is not read as "{label} is required".
const templates = englishTemplates(dictionaries.en.validation, "validation").sort(
  (a, b) => a.names.length - b.names.length,
);
/** An English field title → the key of its word: `"Full name"` → `"fields.fullName"`. */
export type FieldKeys = ReadonlyMap<string, string>;

/**
 * The titles of the `fields` groups of English dictionaries: the shared one, then an app's own
 * (the admin's forms name fields the portal never shows), which wins on a clash.
 * @example fieldKeysOf(dictionaries.en, adminMessages.en).get("Subject") // "fields.subject"
 */
export function fieldKeysOf(...englishes: Dictionary[]): FieldKeys {
  return new Map(
    englishes.flatMap((english) => {
      const group = english.fields;
      return typeof group === "object"
        ? Object.entries(group).flatMap(([key, title]) =>
            typeof title === "string" ? [[title, `fields.${key}`] as const] : [],
          )
        : [];
    }),
  );
}

/** The shared titles alone: what an app without words of its own (the portal) names. */
export const sharedFieldKeys = fieldKeysOf(dictionaries.en);

/**
 * A field title db/validation gave in English, in the reader's language; other text as it is.
 * @example translateFieldTitle(frT, "Full name") // "Nom complet"
 */
export function translateFieldTitle(
  t: Translator,
  title: string,
  fields: FieldKeys = sharedFieldKeys,
): string {
  const key = fields.get(title);
  // An app's own key is not a shared MessageKey; the provider looks the app's words up first.
  return key ? t(key as MessageKey) : title;
}

/**
 * The key of the word for a field the form names `name` (`company_id` → `fields.companyId`), when
 * the dictionaries have one: how a field whose schema carries no title (an enum, a reference, a
 * date) still gets its label without the form spelling it out.
 * @example fieldNameKey("start_date", fieldKeysOf(dictionaries.en, adminEn)) // "fields.startDate"
 */
export function fieldNameKey(
  name: string,
  fields: FieldKeys = sharedFieldKeys,
): string | undefined {
  const key = `fields.${name.replace(/_(\w)/g, (_match, letter: string) => letter.toUpperCase())}`;
  return keysIn(fields).has(key) ? key : undefined;
}

// Every field of every form asks on each render: the keys are gathered once per dictionary set.
const knownKeys = new WeakMap<FieldKeys, ReadonlySet<string>>();

function keysIn(fields: FieldKeys): ReadonlySet<string> {
  let keys = knownKeys.get(fields);
  if (!keys) {
    keys = new Set(fields.values());
    knownKeys.set(fields, keys);
  }
  return keys;
}

/**
 * A validation message in the reader's language; one no template knows stays as it came.
 * @example translateValidation(frT, "Full name is required") // "Nom complet : obligatoire"
 */
export function translateValidation(
  t: Translator,
  message: string,
  fields: FieldKeys = sharedFieldKeys,
): string {
  for (const { key, pattern, names } of templates) {
    const match = pattern.exec(message);
    if (match) {
      const params = Object.fromEntries(
        names.map((name, index) => {
          const value = match[index + 1] ?? "";
          return [name, name === "label" ? translateFieldTitle(t, value, fields) : value];
        }),
      );
      return t(key, params);
    }
  }
  return message;
}
