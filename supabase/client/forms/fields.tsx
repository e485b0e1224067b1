// The form's building blocks: each is one antd Form.Item whose label, help, required mark, limits
// and check come from the field's db/validation schema, so a resource's form is a list of fields.
// A field whose schema has no title (an enum, a reference, a date) is labelled by the app's word
// for its name (`fields.companyId` for `company_id`). A label or `extra` given as a prop wins over
// both (one form's word may differ).
import type { FormItemProps, InputNumberProps, InputProps, SelectProps } from "antd";
import { Form, Input, InputNumber, Select } from "antd";
import type { CSSProperties, ReactNode } from "react";
import type { z } from "zod/v4";
import { useFieldName, useFieldTitle, useValidationText } from "../i18n/locale-context";
import { fieldLimits } from "./schema-limits";
import { zodRule } from "./zod-rule";

export interface FieldProps extends Omit<FormItemProps, "label" | "extra" | "children"> {
  /** The field's schema, e.g. `insertProductSchema.shape.name`. */
  schema: z.ZodType;
  /**
   * The schema's title by default, else the app's word for the field's name; `null` for a field
   * that goes without one.
   */
  label?: ReactNode;
  /** The help line under the input; the schema's description by default. */
  extra?: ReactNode;
}

/** A Form.Item checked by its schema; the other fields wrap their input in it. */
export function SchemaItem({
  schema,
  label,
  extra,
  rules = [],
  children,
  ...item
}: FieldProps & { children: ReactNode }) {
  const limits = fieldLimits(schema);
  const translate = useValidationText();
  const title = useFieldTitle();
  const word = useFieldName();
  // The schema's English title and help, in the reader's language.
  const schemaLabel =
    limits.label === undefined
      ? typeof item.name === "string"
        ? word(item.name)
        : undefined
      : title(limits.label);
  const schemaHelp = limits.help === undefined ? undefined : title(limits.help);
  return (
    <Form.Item
      label={label === undefined ? schemaLabel : label}
      extra={extra ?? schemaHelp}
      required={limits.isRequired}
      rules={[zodRule(schema, translate), ...rules]}
      {...item}
    >
      {children}
    </Form.Item>
  );
}

type WithInput<P> = FieldProps & { input?: P };

/** @example <TextField schema={shape.name} name="name" input={{ placeholder: "Acme" }} /> */
export function TextField({ input, ...field }: WithInput<InputProps>) {
  return (
    <SchemaItem {...field}>
      <Input maxLength={fieldLimits(field.schema).maxLength} {...input} />
    </SchemaItem>
  );
}

/** An email address, typed with the browser's address keyboard and autofill. */
export function EmailField({ input, ...field }: WithInput<InputProps>) {
  return (
    <SchemaItem {...field}>
      <Input type="email" autoComplete="email" {...input} />
    </SchemaItem>
  );
}

/** A password; `autoComplete` says whether it is the current one or a new one. */
export function PasswordField({
  autoComplete,
  ...field
}: FieldProps & { autoComplete: "current-password" | "new-password" }) {
  return (
    <SchemaItem {...field}>
      <Input.Password autoComplete={autoComplete} />
    </SchemaItem>
  );
}

interface TextAreaOptions {
  rows?: number;
  showCount?: boolean;
  style?: CSSProperties;
  spellCheck?: boolean;
}

/** Long text, limited to the schema's length. */
export function TextAreaField({ input, ...field }: WithInput<TextAreaOptions>) {
  return (
    <SchemaItem {...field}>
      <Input.TextArea rows={4} maxLength={fieldLimits(field.schema).maxLength} {...input} />
    </SchemaItem>
  );
}

/** Text the site renders as Markdown. */
export function MarkdownField({ extra = "Markdown.", ...field }: WithInput<TextAreaOptions>) {
  return <TextAreaField extra={extra} {...field} />;
}

/** A whole number within the schema's bounds. */
export function NumberField({ input, ...field }: WithInput<InputNumberProps>) {
  const { min, max } = fieldLimits(field.schema);
  return (
    <SchemaItem {...field}>
      <InputNumber min={min} max={max} precision={0} {...input} />
    </SchemaItem>
  );
}

/**
 * A list of short texts for a `text[]` column (other email addresses, labels): each typed entry
 * becomes a tag on Enter or a comma, and the schema checks every one.
 * @example <TagsField schema={shape.other_emails} name="other_emails" />
 */
export function TagsField({ input, ...field }: WithInput<SelectProps<string[]>>) {
  return (
    <SchemaItem {...field}>
      <Select mode="tags" tokenSeparators={[","]} suffixIcon={null} {...input} />
    </SchemaItem>
  );
}

/**
 * A choice among fixed options (an enum's labels) or among the rows of a related resource (pass
 * Refine's `useSelect` props as `input`).
 */
export function SelectField({ input, ...field }: WithInput<SelectProps>) {
  return (
    <SchemaItem {...field}>
      <Select {...input} />
    </SchemaItem>
  );
}
