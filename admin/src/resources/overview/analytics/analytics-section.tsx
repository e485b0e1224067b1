// The Overview's analytics for a chosen period: the sign-up funnel with its conversion, sign-ups
// per day, projects by status and the median time to review. Loaded lazily by the Overview.
import { projectStatusLabels } from "@db/status/projects";
import { isQuietPeriod } from "@supabase-client/analytics/figures";
import { Alert, Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Typography } from "antd";
import { useMemo, useState } from "react";
import { ProjectsChart, SignupsChart } from "./charts";
import { FunnelTable } from "./funnel-table";
import { type DayRange, lastDays, periodOf, periodPresets } from "./period";
import { useFigures } from "./use-figures";

export default function AnalyticsSection() {
  const [range, setRange] = useState<DayRange>(() => lastDays(30));
  const period = useMemo(() => periodOf(range), [range]);
  const { figures, isLoading, error } = useFigures(period);

  return (
    <section aria-label="Analytics" style={{ marginTop: 24 }}>
      <Space align="center" wrap style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Analytics
        </Typography.Title>
        <DatePicker.RangePicker
          aria-label="Period"
          allowClear={false}
          value={range}
          presets={periodPresets}
          onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
        />
        {isLoading ? <Spin size="small" /> : null}
      </Space>
      {error ? <Alert type="error" showIcon message={error} /> : null}
      {figures && isQuietPeriod(figures) ? (
        <Empty description="No sign-up activity in this period. Choose a longer period." />
      ) : null}
      {figures && !isQuietPeriod(figures) ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title="Sign-up funnel">
              <FunnelTable rows={figures.funnel} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title="Sign-ups per day">
              <SignupsChart days={figures.signupsPerDay} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title="Time to review">
              <Statistic
                title="Median hours from email confirmation to decision"
                value={figures.timeToReview.median_hours ?? "—"}
              />
              <Typography.Text type="secondary">
                {figures.timeToReview.reviewed} requests decided in this period
              </Typography.Text>
            </Card>
          </Col>
        </Row>
      ) : null}
      {figures ? (
        <Card title="Projects by status (now)" style={{ marginTop: 16 }}>
          <ProjectsChart rows={figures.projectsByStatus} />
          <Space wrap>
            {figures.projectsByStatus.map((row) => (
              <Typography.Text key={row.status}>
                {projectStatusLabels[row.status].label}: {row.projects}
              </Typography.Text>
            ))}
          </Space>
        </Card>
      ) : null}
    </section>
  );
}
