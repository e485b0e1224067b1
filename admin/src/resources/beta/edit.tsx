// Editing a product's details; its grants, builds and codes are managed on its page.
import type { Product } from "@db/schema/beta";
import { insertProductSchema } from "@db/validation/beta";
import { Edit } from "@refinedev/antd";
import { useResourceForm } from "@supabase-client/forms/use-resource-form";
import { Form } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { ProductFields } from "./fields";

// db/validation has no update schema for products; the form always sends every field, so the
// insert schema's rules apply as they are.
export default function ProductEdit() {
  const { formProps, saveButtonProps, query } = useResourceForm<
    Product,
    typeof insertProductSchema
  >(insertProductSchema, {
    resource: "products",
    action: "edit",
    redirect: "show",
    successNotification: { type: "success", message: "Product saved" },
  });
  const product = query?.data?.data;
  return (
    <Edit
      goBack={backIcon}
      title={product ? `Edit ${product.name}` : "Edit product"}
      saveButtonProps={saveButtonProps}
      isLoading={query?.isLoading}
      // Deleting a product cascades to every grant, build and piece of feedback; not offered here.
      canDelete={false}
    >
      <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }}>
        <ProductFields />
      </Form>
    </Edit>
  );
}
