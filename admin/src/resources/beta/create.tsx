// A new beta product; it starts as a draft, invisible to clients until someone is granted access.
import type { Product } from "@db/schema/beta";
import { insertProductSchema } from "@db/validation/beta";
import { Create } from "@refinedev/antd";
import { Form } from "antd";
import { useZodForm } from "../../components/form/use-zod-form";
import { ProductFields } from "./fields";

export function ProductCreate() {
  const { formProps, saveButtonProps } = useZodForm<Product>(insertProductSchema, {
    resource: "products",
    action: "create",
    redirect: "show",
    successNotification: (data) => ({
      type: "success",
      message: `${data?.data.name ?? "The product"} was added`,
    }),
  });
  return (
    <Create title="New product" saveButtonProps={saveButtonProps}>
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
