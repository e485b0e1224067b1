// A plain antd Form checked on submit by a db/validation schema, for forms that are not a Refine
// resource page (sign-in, sign-up, a modal, an inline "add" row): invalid input stays in the form
// with each message next to its field, and only the schema's cleaned output reaches `onValid`.
import { Form } from "antd";
import { useRef } from "react";
import type { z } from "zod/v4";
import { useValidationText } from "../i18n/locale-context";
import {
  type FieldError,
  fieldErrors,
  formFieldNames,
  showFieldErrors,
  translateFieldErrors,
} from "./field-errors";
import { type Refusal, refusalFieldErrors } from "./refusal";

export interface SchemaFormOptions<S extends z.ZodType, V> {
  /** From what the form holds to what the schema reads, e.g. adding the parent record's id. */
  prepare?: (values: V) => z.input<S>;
  /** Where an issue goes when the schema files it under another name than the form shows. */
  placeErrors?: (errors: FieldError[], values: V) => FieldError[];
  /**
   * Called with the schema's output once the values pass. Return its promise: until it settles,
   * another submit of the form (a double click, Enter after a click) is dropped.
   */
  onValid: (data: z.output<S>, values: V) => unknown;
}

/**
 * @example
 * const { formProps } = useSchemaForm(signInSchema, { onValid: (data) => login(data) });
 * return <Form {...formProps}>…</Form>;
 */
export function useSchemaForm<S extends z.ZodType, V = z.input<S>>(
  schema: S,
  { prepare, placeErrors, onValid }: SchemaFormOptions<S, V>,
) {
  const [form] = Form.useForm<V>();
  const translate = useValidationText();
  const showErrors = (errors: FieldError[]) =>
    showFieldErrors(form, translateFieldErrors(errors, translate));

  // A ref, not state: antd calls onFinish after its own async validation, so a second click lands
  // before any re-render could have disabled the button.
  const isSubmitting = useRef(false);

  const onFinish = async (values: V) => {
    if (isSubmitting.current) {
      return;
    }
    const parsed = schema.safeParse(prepare ? prepare(values) : values);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      showErrors(placeErrors ? placeErrors(errors, values) : errors);
      return;
    }
    isSubmitting.current = true;
    try {
      return await onValid(parsed.data, values);
    } finally {
      isSubmitting.current = false;
    }
  };

  /** Shows a database refusal next to the field it names (a unique or required column). */
  const showRefusal = (refusal: Refusal) =>
    showErrors(refusalFieldErrors(refusal, formFieldNames(form)));

  return { form, formProps: { form, onFinish }, showErrors, showRefusal };
}
