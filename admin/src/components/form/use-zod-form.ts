// Refine's antd useForm, checked on submit by a db/validation schema: invalid input stays in the
// form with each message next to its field, and what is saved is the schema's cleaned output
// (trimmed text, blank optional fields as null, websites with their scheme). A save the database
// refuses is announced in the database's own words.
import { useForm } from "@refinedev/antd";
import type { BaseRecord, HttpError } from "@refinedev/core";
import { fieldErrors } from "@supabase-client/zod-form";
import type { z } from "zod/v4";
import { refusalNotification } from "./refusal";

type UseFormArgs<T extends BaseRecord> = NonNullable<
  Parameters<typeof useForm<T, HttpError, T>>[0]
>;

export function useZodForm<T extends BaseRecord>(schema: z.ZodType, options: UseFormArgs<T>) {
  const form = useForm<T, HttpError, T>({
    errorNotification: (error) => refusalNotification(error),
    ...options,
  });
  const onFinish = async (values: T) => {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      form.form.setFields(fieldErrors(parsed.error) as Parameters<typeof form.form.setFields>[0]);
      return;
    }
    return form.onFinish(parsed.data as T);
  };
  return { ...form, formProps: { ...form.formProps, onFinish } };
}
