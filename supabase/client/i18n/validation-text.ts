// db/validation speaks English to both apps (and to the edge functions); the forms show its
// messages in the reader's language by matching each one against the English templates of the
// dictionary's `validation` group and re-rendering the same key in the current language. A field
// name inside a message (`{label} is required`) is translated through the `fields` group.

import { dictionaries, type MessageKey } from "./messages";
import type { Translator } from "./provider";
import type { Dictionary } from "./translate";

interface Template {
  key: MessageKey;
  pattern: RegExp;
  names: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compile(group: Dictionary, prefix: string): Template[] {
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
const templates = compile(dictionaries.en.validation, "validation").sort(
  (a, b) => a.names.length - b.names.length,
);
const fieldKeys = new Map<string, MessageKey>(
  Object.entries(dictionaries.en.fields).map(([key, label]) => [
    label,
    `fields.${key}` as MessageKey,
  ]),
);

/**
 * A field title db/validation gave in English, in the reader's language; other text as it is.
 * @example translateFieldTitle(frT, "Full name") // "Nom complet"
 */
export function translateFieldTitle(t: Translator, title: string): string {
  const key = fieldKeys.get(title);
  return key ? t(key) : title;
}

/**
 * A validation message in the reader's language; one no template knows stays as it came.
 * @example translateValidation(frT, "Full name is required") // "Nom complet : obligatoire"
 */
export function translateValidation(t: Translator, message: string): string {
  for (const { key, pattern, names } of templates) {
    const match = pattern.exec(message);
    if (match) {
      const params = Object.fromEntries(
        names.map((name, index) => {
          const value = match[index + 1] ?? "";
          return [name, name === "label" ? translateFieldTitle(t, value) : value];
        }),
      );
      return t(key, params);
    }
  }
  return message;
}
