// Beta products with their status; admins add and edit them, the team only looks.
import type { Product, ProductStatus } from "@db/schema/beta";
import { productStatusLabels } from "@db/status/beta";
import { CreateButton, getDefaultSortOrder, List, useTable } from "@refinedev/antd";
import { useNavigation } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Table } from "antd";
import { Link } from "react-router";
import { dateTimeCell } from "../../components/list/date-time";
import { RowActions } from "../../components/list/row-actions";

export default function ProductList() {
  const { tableProps, sorters } = useTable<Product>({
    resource: "products",
    syncWithLocation: true,
    sorters: { initial: [{ field: "name", order: "asc" }] },
    pagination: { pageSize: 20 },
  });
  const { showUrl } = useNavigation();

  return (
    <List title="Beta products" headerButtons={<CreateButton>New product</CreateButton>}>
      <Table {...tableProps} rowKey="id" locale={{ emptyText: "No products yet." }}>
        <Table.Column<Product>
          dataIndex="name"
          title="Name"
          sorter
          defaultSortOrder={getDefaultSortOrder("name", sorters)}
          render={(name: string, product) => (
            <Link to={showUrl("products", product.id)}>{name}</Link>
          )}
        />
        <Table.Column<Product> dataIndex="slug" title="Slug" />
        <Table.Column<Product>
          dataIndex="status"
          title="Status"
          render={(status: ProductStatus) => <StatusTag look={productStatusLabels[status]} />}
        />
        <Table.Column<Product>
          dataIndex="updated_at"
          title="Updated"
          sorter
          defaultSortOrder={getDefaultSortOrder("updated_at", sorters)}
          render={dateTimeCell}
        />
        <Table.Column<Product>
          title="Actions"
          render={(_, product) => <RowActions id={product.id} />}
        />
      </Table>
    </List>
  );
}
