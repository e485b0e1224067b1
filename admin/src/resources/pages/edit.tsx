// Editing a page; every save that changes it is kept as a revision by the database.
import type { Page } from "@db/schema/pages";
import { updatePageSchema } from "@db/validation/content";
import { Edit } from "@refinedev/antd";
import { Form } from "antd";
import { useZodForm } from "../../components/form/use-zod-form";
import { useConfirmPublish } from "./confirm-publish";
import { PageFields } from "./fields";

export function PageEdit() {
  const { formProps, saveButtonProps, query } = useZodForm<Page>(updatePageSchema, {
    resource: "pages",
    action: "edit",
    redirect: "show",
    successNotification: { type: "success", message: "Page saved" },
  });
  const page = query?.data?.data;
  const { onFinish, modal } = useConfirmPublish<Page>(formProps.onFinish, page?.status);

  return (
    <Edit
      title={page ? `Edit ${page.title}` : "Edit page"}
      saveButtonProps={saveButtonProps}
      isLoading={query?.isLoading}
    >
      <Form {...formProps} onFinish={onFinish} layout="vertical">
        <PageFields />
      </Form>
      {modal}
    </Edit>
  );
}
