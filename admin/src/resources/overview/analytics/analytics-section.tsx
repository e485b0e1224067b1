// The Overview's analytics for a chosen period: the sign-up funnel with its conversion, sign-ups
// per day, projects by status and the median time to review. Loaded lazily by the Overview.
import { isQuietPeriod } from "@supabase-client/analytics/figures";
import { useFormat } from "@supabase-client/i18n/locale-context";
import { Alert, Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Typography } from "antd";
import { useMemo, useState } from "react";
import { useAdminT } from "../../../i18n";
import { useStatusWords } from "../../../i18n/status-words";
import { ProjectsChart, SignupsChart } from "./charts";
import { FunnelTable } from "./funnel-table";
import { type DayRange, lastDays, periodOf, periodPresets } from "./period";
import { useFigures } from "./use-figures";

export default function AnalyticsSection() {
  const [range, setRange] = useState<DayRange>(() => lastDays(30));
  const period = useMemo(() => periodOf(range), [range]);
  const { figures, isLoading, error } = useFigures(period);
  const t = useAdminT();
  const format = useFormat();
  const { word } = useStatusWords();
  const presets = useMemo(() => periodPresets(t), [t]);

  return (
    <section aria-label={t("admin.overview.analytics.title")} style={{ marginTop: 24 }}>
      <Space align="center" wrap style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t("admin.overview.analytics.title")}
        </Typography.Title>
        <DatePicker.RangePicker
          aria-label={t("admin.overview.analytics.period")}
          placeholder={[
            t("admin.overview.analytics.periodStart"),
            t("admin.overview.analytics.periodEnd"),
          ]}
          allowClear={false}
          value={range}
          presets={presets}
          onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
        />
        {isLoading ? <Spin size="small" /> : null}
      </Space>
      {error ? <Alert type="error" showIcon message={error} /> : null}
      {figures && isQuietPeriod(figures) ? (
        <Empty description={t("admin.overview.analytics.quiet")} />
      ) : null}
      {figures && !isQuietPeriod(figures) ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t("admin.overview.analytics.funnel")}>
              <FunnelTable rows={figures.funnel} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t("admin.overview.analytics.perDay")}>
              <SignupsChart days={figures.signupsPerDay} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t("admin.overview.analytics.timeToReview")}>
              <Statistic
                title={t("admin.overview.analytics.medianHours")}
                value={
                  figures.timeToReview.median_hours === null
                    ? "—"
                    : format.number(figures.timeToReview.median_hours)
                }
              />
              <Typography.Text type="secondary">
                {t("admin.overview.analytics.decided", {
                  count: format.number(figures.timeToReview.reviewed),
                })}
              </Typography.Text>
            </Card>
          </Col>
        </Row>
      ) : null}
      {figures ? (
        <Card title={t("admin.overview.analytics.byStatus")} style={{ marginTop: 16 }}>
          <ProjectsChart rows={figures.projectsByStatus} />
          <Space wrap>
            {figures.projectsByStatus.map((row) => (
              <Typography.Text key={row.status}>
                {word("project", row.status)}: {format.number(row.projects)}
              </Typography.Text>
            ))}
          </Space>
        </Card>
      ) : null}
    </section>
  );
}
