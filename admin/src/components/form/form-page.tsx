// A resource's create and edit pages: Refine's form for the record the route names, checked by a
// db/validation schema (useResourceForm), in the page header with the back arrow and Save, and,
// where a save needs a yes first (publishing, changing a role), the question before it is sent.
// A resource's create.tsx and edit.tsx are then a title, a schema and its fields.tsx.
import { Create, Edit } from "@refinedev/antd";
import type { BaseRecord } from "@refinedev/core";
import { useResourceForm } from "@supabase-client/forms/use-resource-form";
import { Form, Modal } from "antd";
import { type ReactNode, useState } from "react";
import type { z } from "zod/v4";
import { backIcon } from "../layout/back-icon";

/** What is asked before a save that needs a yes. */
export interface SaveQuestion {
  title: string;
  content: string;
  okText: string;
}

interface FormPageProps<TRecord, S extends z.ZodType> {
  schema: S;
  /** Where a save goes: the record's page by default. */
  redirect?: "show" | "list";
  /** The success notification's words; Refine's own when not given. */
  savedMessage?: string | ((saved: TRecord | undefined) => string);
  /** A new record's starting values. */
  initialValues?: Partial<z.input<S>>;
  /** A narrow form, for a few short fields. */
  isNarrow?: boolean;
  /** The question to ask before saving these values, or null to save at once. */
  confirm?: (values: z.input<S>, saved: TRecord | undefined) => SaveQuestion | null;
  /** The fields; a function gets the saved record (undefined until it loads, and on create). */
  children: ReactNode | ((saved: TRecord | undefined) => ReactNode);
}

function useFormPage<TRecord extends BaseRecord, S extends z.ZodType>(
  action: "create" | "edit",
  {
    schema,
    redirect = "show",
    savedMessage,
    initialValues,
    isNarrow,
    confirm,
    children,
  }: FormPageProps<TRecord, S>,
) {
  const { formProps, saveButtonProps, query } = useResourceForm<TRecord, S>(schema, {
    action,
    redirect,
    ...(savedMessage
      ? {
          successNotification: (data) => ({
            type: "success" as const,
            message: typeof savedMessage === "string" ? savedMessage : savedMessage(data?.data),
          }),
        }
      : {}),
  });
  const saved = query?.data?.data;
  const [pending, setPending] = useState<{ values: z.input<S>; question: SaveQuestion } | null>(
    null,
  );
  const onFinish = (values: z.input<S>) => {
    const question = confirm?.(values, saved);
    if (question) {
      setPending({ values, question });
      return;
    }
    return formProps.onFinish(values);
  };

  const body = (
    <>
      <Form
        {...formProps}
        // antd types the form's values by the saved shape; they are what was typed, which the
        // schema checks.
        onFinish={(values) => onFinish(values as z.input<S>)}
        layout="vertical"
        {...(initialValues ? { initialValues } : {})}
        {...(isNarrow ? { style: { maxWidth: 560 } } : {})}
      >
        {typeof children === "function" ? children(saved) : children}
      </Form>
      <Modal
        title={pending?.question.title}
        open={pending !== null}
        okText={pending?.question.okText}
        onOk={async () => {
          try {
            if (pending) {
              await formProps.onFinish(pending.values);
            }
          } catch {
            // The refusal is already shown by the error notification; the question just closes.
          }
          setPending(null);
        }}
        onCancel={() => setPending(null)}
        destroyOnHidden
      >
        <p>{pending?.question.content}</p>
      </Modal>
    </>
  );
  return { body, saved, saveButtonProps, isLoading: query?.isLoading };
}

/** @example <CreatePage title="New page" schema={insertPageSchema} savedMessage="Page created"><PageFields /></CreatePage> */
export function CreatePage<TRecord extends BaseRecord, S extends z.ZodType = z.ZodType>({
  title,
  ...form
}: FormPageProps<TRecord, S> & { title: string }) {
  const { body, saveButtonProps } = useFormPage<TRecord, S>("create", form);
  return (
    <Create goBack={backIcon} title={title} saveButtonProps={saveButtonProps}>
      {body}
    </Create>
  );
}

/**
 * @example
 * <EditPage<Page, typeof updatePageSchema> title={(page) => `Edit ${page.title}`} untitled="Edit page"
 *   schema={updatePageSchema}><PageFields /></EditPage>
 */
export function EditPage<TRecord extends BaseRecord, S extends z.ZodType = z.ZodType>({
  title,
  untitled,
  headerButtons,
  ...form
}: FormPageProps<TRecord, S> & {
  title: (saved: TRecord) => string;
  untitled: string;
  /** Without it, Refine's default header buttons; given them, once the record is loaded. */
  headerButtons?: (saved: TRecord, defaultButtons: ReactNode) => ReactNode;
}) {
  const { body, saved, saveButtonProps, isLoading } = useFormPage<TRecord, S>("edit", form);
  return (
    <Edit
      goBack={backIcon}
      title={saved ? title(saved) : untitled}
      saveButtonProps={saveButtonProps}
      isLoading={isLoading}
      // Nothing is deleted from its edit page in the admin.
      canDelete={false}
      {...(headerButtons
        ? {
            headerButtons: ({ defaultButtons }: { defaultButtons: ReactNode }) =>
              saved ? headerButtons(saved, defaultButtons) : defaultButtons,
          }
        : {})}
    >
      {body}
    </Edit>
  );
}
