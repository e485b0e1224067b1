// Beta products with their status; admins add and edit them, the team only looks.
import type { Product } from "@db/schema/beta";
import { productStatusLabels } from "@db/status/beta";
import * as column from "../../components/list/columns";
import { ResourceList } from "../../components/list/resource-list";

export default function ProductList() {
  return (
    <ResourceList<Product>
      createLabel="New product"
      sort="name.asc"
      emptyText="No products yet."
      columns={[
        column.link("name", "Name", "products", { isSortable: true }),
        column.text("slug", "Slug"),
        column.status("status", productStatusLabels),
        column.moment("updated_at", "Updated", { isSortable: true }),
        column.actions(),
      ]}
    />
  );
}
