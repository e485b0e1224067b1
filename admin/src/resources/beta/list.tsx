// Beta products with their status; admins add and edit them, the team only looks.
import type { Product, ProductStatus } from "@db/schema/beta";
import {
  CreateButton,
  DateField,
  EditButton,
  getDefaultSortOrder,
  List,
  ShowButton,
  useTable,
} from "@refinedev/antd";
import { useNavigation } from "@refinedev/core";
import { Space, Table } from "antd";
import { Link } from "react-router";
import { ProductStatusTag } from "./status-tag";

export function ProductList() {
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
          render={(status: ProductStatus) => <ProductStatusTag status={status} />}
        />
        <Table.Column<Product>
          dataIndex="updated_at"
          title="Updated"
          sorter
          defaultSortOrder={getDefaultSortOrder("updated_at", sorters)}
          render={(value: string) => <DateField value={value} format="D MMM YYYY, HH:mm" />}
        />
        <Table.Column<Product>
          title="Actions"
          render={(_, product) => (
            <Space>
              <ShowButton hideText size="small" recordItemId={product.id} />
              <EditButton hideText size="small" recordItemId={product.id} />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
