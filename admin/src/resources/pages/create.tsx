// A new CMS page; it starts as a draft unless the admin publishes it (after confirming).
import type { Page } from "@db/schema/pages";
import { insertPageSchema } from "@db/validation/content";
import { Create } from "@refinedev/antd";
import { useResourceForm } from "@supabase-client/forms/use-resource-form";
import { Form } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { useConfirmPublish } from "./confirm-publish";
import { PageFields } from "./fields";

export default function PageCreate() {
  const { formProps, saveButtonProps } = useResourceForm<Page, typeof insertPageSchema>(
    insertPageSchema,
    {
      resource: "pages",
      action: "create",
      redirect: "show",
      successNotification: { type: "success", message: "Page created" },
    },
  );
  const { onFinish, modal } = useConfirmPublish(formProps.onFinish, undefined);

  return (
    <Create goBack={backIcon} title="New page" saveButtonProps={saveButtonProps}>
      <Form
        {...formProps}
        onFinish={onFinish}
        layout="vertical"
        initialValues={{ status: "draft" }}
      >
        <PageFields />
      </Form>
      {modal}
    </Create>
  );
}
