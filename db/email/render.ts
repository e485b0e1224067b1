// Renders an email template: `{{ name }}` placeholders filled from the row's data, HTML-escaped
// in the HTML part so user-supplied text can never inject markup. Used by the edge functions
// (under Deno) and the tests, so it imports nothing but the standard library.

export interface TemplateParts {
  subject: string;
  html: string;
  text: string;
}

export class MissingTemplateDataError extends Error {
  constructor(readonly missing: string[]) {
    super(`Template data is missing: ${missing.join(", ")}`);
    this.name = "MissingTemplateDataError";
  }
}

const placeholder = /\{\{\s*([a-zA-Z_][a-zA-Z0-9_.]*)\s*\}\}/g;

const htmlEntities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML bodies and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
}

function lookup(data: Record<string, unknown>, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object" || !(key in current)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The placeholder names a template uses, in order of first appearance. */
export function templateVariables(parts: TemplateParts): string[] {
  const names = new Set<string>();
  for (const part of [parts.subject, parts.html, parts.text]) {
    for (const match of part.matchAll(placeholder)) {
      names.add(match[1] ?? "");
    }
  }
  return [...names];
}

/**
 * Fills every placeholder; a missing value is an error (an email saying "Hello ," is worse than
 * none), reported with every missing name at once.
 * @example renderTemplate({ subject: "Hi {{ name }}", html: "<p>{{ name }}</p>", text: "{{ name }}" }, { name: "Ada" })
 */
export function renderTemplate(parts: TemplateParts, data: Record<string, unknown>): TemplateParts {
  const missing = templateVariables(parts).filter((name) => {
    const value = lookup(data, name);
    return value === undefined || value === null;
  });
  if (missing.length > 0) {
    throw new MissingTemplateDataError(missing);
  }
  const fill = (template: string, encode: (value: string) => string) =>
    template.replace(placeholder, (_match, name: string) => encode(String(lookup(data, name))));
  const plain = (value: string) => value;
  return {
    // Subjects are plain text, but a line break there would let data add mail headers.
    subject: fill(parts.subject, (value) => value.replace(/[\r\n]+/g, " ")),
    html: fill(parts.html, escapeHtml),
    text: fill(parts.text, plain),
  };
}
