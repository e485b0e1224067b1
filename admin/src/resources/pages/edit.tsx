// Editing a page; every save that changes it is kept as a revision by the database.
import type { Page } from "@db/schema/pages";
import { updatePageSchema } from "@db/validation/content";
import { Edit } from "@refinedev/antd";
import { useResourceForm } from "@supabase-client/forms/use-resource-form";
import { Form } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { useConfirmPublish } from "./confirm-publish";
import { PageFields } from "./fields";

export default function PageEdit() {
  const { formProps, saveButtonProps, query } = useResourceForm<Page, typeof updatePageSchema>(
    updatePageSchema,
    {
      resource: "pages",
      action: "edit",
      redirect: "show",
      successNotification: { type: "success", message: "Page saved" },
    },
  );
  const page = query?.data?.data;
  const { onFinish, modal } = useConfirmPublish(formProps.onFinish, page?.status);

  return (
    <Edit
      goBack={backIcon}
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
