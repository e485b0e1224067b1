// Which CSV column fills which field: guessed from the header names, changed by the user.
import type { Draft } from "@supabase-client/forms/light-form-check";

/** A field an import fills, with the other header names it is often exported under. */
export interface ImportField {
  key: string;
  label: string;
  aliases: readonly string[];
}

/** The CSV header chosen for each field key; a field without one is left blank. */
export type Mapping = Readonly<Record<string, string | undefined>>;

/** @example normalHeader(" E-mail Address ") // "emailaddress" */
export function normalHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Each field's header by name: its key, its label or an alias, ignoring case, spaces and
 * punctuation; a header fills one field at most.
 * @example guessMapping([{ key: "website", label: "Website", aliases: ["domain"] }], ["Domain"])
 * // { website: "Domain" }
 */
export function guessMapping(fields: readonly ImportField[], headers: readonly string[]): Mapping {
  const taken = new Set<string>();
  const mapping: Record<string, string | undefined> = {};
  for (const field of fields) {
    const names = new Set([field.key, field.label, ...field.aliases].map(normalHeader));
    const header = headers.find((name) => !taken.has(name) && names.has(normalHeader(name)));
    if (header) {
      taken.add(header);
      mapping[field.key] = header;
    }
  }
  return mapping;
}

/** One CSV row as the fields' typed strings, under the mapping. */
export function mapRow(row: Readonly<Record<string, string>>, mapping: Mapping): Draft {
  const draft: Record<string, string> = {};
  for (const [key, header] of Object.entries(mapping)) {
    if (header !== undefined) {
      draft[key] = row[header] ?? "";
    }
  }
  return draft;
}
