// A new beta product; it starts as a draft, invisible to clients until someone is granted access.
import type { Product } from "@db/schema/beta";
import { insertProductSchema } from "@db/validation/beta";
import { Create } from "@refinedev/antd";
import { useResourceForm } from "@supabase-client/forms/use-resource-form";
import { Form } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { ProductFields } from "./fields";

export default function ProductCreate() {
  const { formProps, saveButtonProps } = useResourceForm<Product, typeof insertProductSchema>(
    insertProductSchema,
    {
      resource: "products",
      action: "create",
      redirect: "show",
      successNotification: (data) => ({
        type: "success",
        message: `${data?.data.name ?? "The product"} was added`,
      }),
    },
  );
  return (
    <Create goBack={backIcon} title="New product" saveButtonProps={saveButtonProps}>
      <Form
        {...formProps}
        layout="vertical"
        initialValues={{ status: "draft" }}
        style={{ maxWidth: 560 }}
      >
        <ProductFields />
      </Form>
    </Create>
  );
}
