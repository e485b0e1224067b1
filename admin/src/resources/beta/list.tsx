// Beta products with their status; admins add and edit them, the team only looks.
import type { Product } from "@db/schema/beta";
import { useFieldTitle } from "@supabase-client/i18n/locale-context";
import * as column from "../../components/list/columns";
import { ResourceList } from "../../components/list/resource-list";
import { useAdminT } from "../../i18n";
import { useProductStatus } from "./status-words";

export default function ProductList() {
  const t = useAdminT();
  const field = useFieldTitle();
  const { looks } = useProductStatus();
  return (
    <ResourceList<Product>
      createLabel={t("admin.beta.list.create")}
      sort="name.asc"
      emptyText={t("admin.beta.list.empty")}
      columns={[
        column.link("name", field("Name"), "products", { isSortable: true }),
        column.text("slug", t("admin.beta.list.slug")),
        column.status("status", looks, t("admin.beta.list.status")),
        column.moment("updated_at", t("admin.beta.list.updated"), { isSortable: true }),
        column.actions(),
      ]}
    />
  );
}
