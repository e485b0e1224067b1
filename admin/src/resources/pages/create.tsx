// A new CMS page; it starts as a draft unless the admin publishes it (after confirming).
import type { Page } from "@db/schema/pages";
import { insertPageSchema } from "@db/validation/content";
import { Create } from "@refinedev/antd";
import { Form } from "antd";
import { useZodForm } from "../../components/form/use-zod-form";
import { useConfirmPublish } from "./confirm-publish";
import { PageFields } from "./fields";

export function PageCreate() {
  const { formProps, saveButtonProps } = useZodForm<Page>(insertPageSchema, {
    resource: "pages",
    action: "create",
    redirect: "show",
    successNotification: { type: "success", message: "Page created" },
  });
  const { onFinish, modal } = useConfirmPublish<Page>(formProps.onFinish, undefined);

  return (
    <Create title="New page" saveButtonProps={saveButtonProps}>
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
