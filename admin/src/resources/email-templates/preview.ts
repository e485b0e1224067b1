// The live preview of a template being edited: rendered by db/email's renderTemplate, the same
// function process-outbox sends with, so what the admin sees is what the reader gets.
import {
  MissingTemplateDataError,
  renderTemplate,
  type TemplateParts,
  templateVariables,
} from "@db/email/render";
import { sampleData } from "./sample-data";

export interface TemplatePreview {
  /** Every `{{ name }}` the template uses, in order of first appearance. */
  variables: string[];
  /** Names no email's data carries: the template would fail to send with them. */
  unknown: string[];
  rendered: TemplateParts;
}

/** The names a template uses that no email's data carries: it would fail to send with them. */
export function unknownVariables(
  parts: TemplateParts,
  sample: Readonly<Record<string, string>> = sampleData,
): string[] {
  return templateVariables(parts).filter((name) => !(name in sample));
}

/** Shown where an unknown variable stands, so the preview still renders around it. */
export const unknownMarker = (name: string) => `[unknown: ${name}]`;

/**
 * @example previewTemplate({ subject: "Hi {{ recipient_name }}", html: "", text: "" }).rendered.subject
 * // "Hi Clara Client"
 */
export function previewTemplate(
  parts: TemplateParts,
  sample: Readonly<Record<string, string>> = sampleData,
): TemplatePreview {
  const variables = templateVariables(parts);
  const unknown = unknownVariables(parts, sample);
  const data: Record<string, string> = { ...sample };
  for (const name of unknown) {
    data[name] = unknownMarker(name);
  }
  try {
    return { variables, unknown, rendered: renderTemplate(parts, data) };
  } catch (error) {
    // A dotted name (`a.b`) is looked up as a path, which a flat value above cannot fill.
    if (error instanceof MissingTemplateDataError) {
      return { variables, unknown: error.missing, rendered: parts };
    }
    throw error;
  }
}
