// Refine's antd useForm for a resource's create and edit pages, checked on submit by a
// db/validation schema: invalid input stays in the form with each message next to its field,
// what is saved is the schema's cleaned output (trimmed text, blank optional fields as null,
// websites with their scheme), and a refusal is announced in the database's words and shown
// next to the field it names.
import { type UseFormProps, useForm } from "@refinedev/antd";
import type { BaseRecord, HttpError } from "@refinedev/core";
import type { z } from "zod/v4";
import { useValidationText } from "../i18n/locale-context";
import { fieldErrors, formFieldNames, showFieldErrors, translateFieldErrors } from "./field-errors";
import { refusalFieldErrors, refusalNotification } from "./refusal";

/**
 * `TRecord` is the row the edit page loads (its title reads it); `S` the schema that checks it.
 * @example
 * const { formProps, saveButtonProps } = useResourceForm<Product, typeof insertProductSchema>(
 *   insertProductSchema,
 *   { resource: "products", action: "create", redirect: "show" },
 * );
 */
export function useResourceForm<TRecord extends BaseRecord, S extends z.ZodType>(
  schema: S,
  options: UseFormProps<TRecord, HttpError, z.output<S>>,
) {
  const translate = useValidationText();
  const form = useForm<TRecord, HttpError, z.output<S>>({
    errorNotification: (error) => refusalNotification(error),
    ...options,
    onMutationError: (error, variables, context) => {
      showFieldErrors(
        form.form,
        translateFieldErrors(refusalFieldErrors(error, formFieldNames(form.form)), translate),
      );
      options.onMutationError?.(error, variables, context);
    },
  });

  /** Parses what the form holds; only valid values are sent. */
  const onFinish = async (values: z.input<S>) => {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      showFieldErrors(form.form, translateFieldErrors(fieldErrors(parsed.error), translate));
      return;
    }
    // Refine rejects with the refusal already announced and placed next to its field; antd
    // does not await onFinish, so a rejection left here is an uncaught error on the page (as
    // Refine's own formProps.onFinish, it resolves to the error instead).
    return form.onFinish(parsed.data).catch((error: unknown) => error);
  };
  return { ...form, onFinish, formProps: { ...form.formProps, onFinish } };
}
