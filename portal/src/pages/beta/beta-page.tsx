// The client's beta programme: the products they may test (RLS returns only those with a live
// grant to them or their company) with each product's published builds, and the invite form.
import type { BetaBuild, Product } from "@db/schema/beta";
import { useList } from "@refinedev/core";
import { Alert, Card, Empty, Skeleton, Space } from "antd";
import { groupBuilds } from "./group-builds";
import { InviteForm } from "./invite-form";
import { ProductBuildsCard } from "./product-builds";

export function BetaPage() {
  const products = useList<Product>({
    resource: "products",
    sorters: [{ field: "name", order: "asc" }],
    pagination: { currentPage: 1, pageSize: 50 },
  });
  const productIds = products.result.data.map((product) => product.id);
  const builds = useList<BetaBuild>({
    resource: "beta_builds",
    filters: [{ field: "product_id", operator: "in", value: productIds }],
    sorters: [{ field: "published_at", order: "desc" }],
    pagination: { currentPage: 1, pageSize: 100 },
    queryOptions: { enabled: productIds.length > 0 },
  });
  const isLoading = products.query.isLoading || (productIds.length > 0 && builds.query.isLoading);
  const isError = products.query.isError || builds.query.isError;

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Card title="Beta programme">
        <InviteForm />
      </Card>
      {isLoading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : isError ? (
        <Alert
          type="error"
          showIcon
          message="Your beta products could not be loaded. Reload to retry."
        />
      ) : productIds.length === 0 ? (
        <Card>
          <Empty description="No beta access yet. Redeem an invite code above, or ask your account manager." />
        </Card>
      ) : (
        groupBuilds(products.result.data, builds.result.data).map((entry) => (
          <ProductBuildsCard key={entry.product.id} {...entry} />
        ))
      )}
    </Space>
  );
}
