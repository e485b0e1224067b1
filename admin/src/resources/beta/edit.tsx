// Editing a product's details; its grants, builds and codes are managed on its page. Deleting a
// product would cascade to every grant, build and piece of feedback, so it is not offered.
import type { Product } from "@db/schema/beta";
import { insertProductSchema } from "@db/validation/beta";
import { EditPage } from "../../components/form/form-page";
import { useAdminT } from "../../i18n";
import { ProductFields } from "./fields";

// db/validation has no update schema for products; the form always sends every field, so the
// insert schema's rules apply as they are.
export default function ProductEdit() {
  const t = useAdminT();
  return (
    <EditPage<Product, typeof insertProductSchema>
      title={(product) => t("admin.beta.form.editTitle", { name: product.name })}
      untitled={t("admin.beta.form.editUntitled")}
      schema={insertProductSchema}
      savedMessage={t("admin.beta.form.saved")}
      isNarrow
    >
      <ProductFields />
    </EditPage>
  );
}
