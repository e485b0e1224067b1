// The client's beta programme: the products they may test (RLS returns only those with a live
// grant to them or their company) with each product's published builds, and the invite form.
import type { BetaBuild, Product } from "@db/schema/beta";
import { useList } from "@refinedev/core";
import { useT } from "@supabase-client/i18n/locale-context";
import { Alert, Card, Empty, Skeleton, Space } from "antd";
import { groupBuilds } from "./group-builds";
import { InviteForm } from "./invite-form";
import { ProductBuildsCard } from "./product-builds";

export function BetaPage() {
  const t = useT();
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
      <Card title={t("portal.beta.title")}>
        <InviteForm />
      </Card>
      {isLoading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : isError ? (
        <Alert type="error" showIcon message={t("portal.beta.loadFailed")} />
      ) : productIds.length === 0 ? (
        <Card>
          <Empty description={t("portal.beta.empty")} />
        </Card>
      ) : (
        groupBuilds(products.result.data, builds.result.data).map((entry) => (
          <ProductBuildsCard key={entry.product.id} {...entry} />
        ))
      )}
    </Space>
  );
}
