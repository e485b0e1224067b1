// A new beta product; it starts as a draft, invisible to clients until someone is granted access.
import type { Product } from "@db/schema/beta";
import { insertProductSchema } from "@db/validation/beta";
import { CreatePage } from "../../components/form/form-page";
import { ProductFields } from "./fields";

export default function ProductCreate() {
  return (
    <CreatePage<Product, typeof insertProductSchema>
      title="New product"
      schema={insertProductSchema}
      savedMessage={(product) => `${product?.name ?? "The product"} was added`}
      initialValues={{ status: "draft" }}
      isNarrow
    >
      <ProductFields />
    </CreatePage>
  );
}
