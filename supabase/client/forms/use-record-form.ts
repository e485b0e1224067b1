// A schema-checked form that saves one record through Refine's data hooks, for the modals and
// inline forms that live on another resource's page (a contact on a company, a task on a
// project). A refusal is announced in the database's words and shown next to its field.
import type { BaseKey, BaseRecord, HttpError } from "@refinedev/core";
import { useCreate, useUpdate } from "@refinedev/core";
import type { z } from "zod/v4";
import { refusalNotification } from "./refusal";
import { type SchemaFormOptions, useSchemaForm } from "./use-schema-form";

export interface RecordFormOptions<S extends z.ZodType, V>
  extends Omit<SchemaFormOptions<S, V>, "onValid"> {
  resource: string;
  /** The record to update; none to create one. */
  id?: BaseKey | undefined;
  /** The success notification's words. */
  savedMessage: (data: z.output<S>) => string;
  /** Instead of saving at once (to ask first): gets the valid data; call `save` to go on. */
  onValid?: (data: z.output<S>, values: V) => void;
  /** After a save, with what was saved; by default the form is emptied for the next one. */
  onSaved?: (data: z.output<S>) => void;
}

/**
 * @example
 * const { formProps, isSaving } = useRecordForm(insertTaskSchema, {
 *   resource: "tasks",
 *   prepare: (values: TaskValues) => ({ ...values, project_id: projectId }),
 *   savedMessage: () => "Task added",
 * });
 */
export function useRecordForm<S extends z.ZodType, V = z.input<S>>(
  schema: S,
  { resource, id, savedMessage, onValid, onSaved, ...options }: RecordFormOptions<S, V>,
) {
  const { mutate: create, mutation: creating } = useCreate<BaseRecord, HttpError, z.output<S>>();
  const { mutate: update, mutation: updating } = useUpdate<BaseRecord, HttpError, z.output<S>>();
  const schemaForm = useSchemaForm(schema, {
    ...options,
    onValid: (data, values) => (onValid ? onValid(data, values) : save(data)),
  });

  function save(data: z.output<S>) {
    const params = {
      resource,
      values: data,
      successNotification: { type: "success" as const, message: savedMessage(data) },
      errorNotification: (error?: HttpError) => refusalNotification(error),
    };
    const callbacks = {
      onSuccess: () => (onSaved ? onSaved(data) : schemaForm.form.resetFields()),
      onError: schemaForm.showRefusal,
    };
    if (id === undefined) {
      create(params, callbacks);
    } else {
      update({ ...params, id }, callbacks);
    }
  }

  return { ...schemaForm, save, isSaving: creating.isPending || updating.isPending };
}
