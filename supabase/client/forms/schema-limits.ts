// What a field's db/validation schema says about it before anything is typed: its label and help
// (the schema's `meta`), whether it must be filled in, and its longest or smallest/largest value,
// so a form's inputs carry the same limits the save checks.
import { z } from "zod/v4";

export interface FieldLimits {
  label?: string | undefined;
  help?: string | undefined;
  isRequired: boolean;
  maxLength?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
}

/** The schema inside a wrapper that only changes what a blank value does. */
function inner(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault
  ) {
    return schema.unwrap();
  }
  if (schema instanceof z.ZodPipe) {
    return schema.in;
  }
  return undefined;
}

/** Every layer from the outside in, up to 10 deep. */
function layers(schema: z.core.$ZodType): z.core.$ZodType[] {
  const found = [schema];
  for (let next = inner(schema); next && found.length < 10; next = inner(next)) {
    found.push(next);
  }
  return found;
}

/**
 * @example fieldLimits(insertProductSchema.shape.name)
 * // { label: "Name", isRequired: true, maxLength: 200, … }
 */
export function fieldLimits(schema: z.ZodType): FieldLimits {
  const all = layers(schema);
  const meta = all
    .map((layer) => z.globalRegistry.get(layer))
    .find((data) => data?.title || data?.description);
  const text = all.find((layer) => layer instanceof z.ZodString);
  const number = all.find((layer) => layer instanceof z.ZodNumber);
  return {
    label: meta?.title,
    help: meta?.description,
    // A field is required exactly when the schema refuses it left empty.
    isRequired: !schema.safeParse(undefined).success,
    maxLength: text instanceof z.ZodString ? (text.maxLength ?? undefined) : undefined,
    min: number instanceof z.ZodNumber ? (number.minValue ?? undefined) : undefined,
    max: number instanceof z.ZodNumber ? (number.maxValue ?? undefined) : undefined,
  };
}
