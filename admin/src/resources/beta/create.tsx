// A new beta product; it starts as a draft, invisible to clients until someone is granted access.
import type { Product } from "@db/schema/beta";
import { insertProductSchema } from "@db/validation/beta";
import { CreatePage } from "../../components/form/form-page";
import { useAdminT } from "../../i18n";
import { ProductFields } from "./fields";

export default function ProductCreate() {
  const t = useAdminT();
  return (
    <CreatePage<Product, typeof insertProductSchema>
      title={t("admin.beta.list.create")}
      schema={insertProductSchema}
      savedMessage={(product) =>
        t("admin.beta.form.added", { name: product?.name ?? t("admin.beta.form.theProduct") })
      }
      initialValues={{ status: "draft" }}
      isNarrow
    >
      <ProductFields />
    </CreatePage>
  );
}
