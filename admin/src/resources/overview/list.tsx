// The team's overview: how much waits for them, each number a link to the list behind it.
import { useList } from "@refinedev/core";
import { Card, Col, Row, Spin, Statistic, Typography } from "antd";
import dayjs from "dayjs";
import { lazy, Suspense } from "react";
import { Link } from "react-router";
import { useAdminT } from "../../i18n";
import { type OverviewCount, overviewCounts } from "./counts";

// The analytics and their charts (@ant-design/plots) load after the counts, in their own chunk.
const AnalyticsSection = lazy(() => import("./analytics/analytics-section"));

function CountCard({ count }: { count: OverviewCount }) {
  const t = useAdminT();
  const label = t(count.label);
  // One row is enough: the provider asks PostgREST for the exact total alongside it.
  const { result, query } = useList({
    resource: count.resource,
    filters: count.filters,
    pagination: { currentPage: 1, pageSize: 1 },
    // A count moves no row under the cursor: refresh it as soon as the table changes.
    liveMode: "auto",
  });
  return (
    <Card>
      <Link to={count.link} aria-label={label}>
        <Statistic
          title={label}
          value={query.isError ? "—" : (result.total ?? 0)}
          loading={query.isLoading}
        />
      </Link>
    </Card>
  );
}

export default function Overview() {
  const counts = overviewCounts(dayjs().format("YYYY-MM-DD"));
  const t = useAdminT();
  return (
    <>
      <Typography.Title level={3}>{t("admin.overview.title")}</Typography.Title>
      <Row gutter={[16, 16]}>
        {counts.map((count) => (
          <Col key={count.key} xs={24} sm={12} lg={8}>
            <CountCard count={count} />
          </Col>
        ))}
      </Row>
      <Suspense fallback={<Spin style={{ marginTop: 24 }} />}>
        <AnalyticsSection />
      </Suspense>
    </>
  );
}
