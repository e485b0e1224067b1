// One build's feedback from its testers, under the build's row: filters by rating, person,
// company and day, and each attached screenshot opened through a short-lived signed URL.
import { ScreenshotButton } from "@supabase-client/storage/screenshot-button";
import { DatePicker, Select, Space, Tag } from "antd";
import { useState } from "react";
import * as column from "../../components/list/columns";
import { RelatedTable, useRelatedList } from "../../components/list/related-list";
import { LongText } from "../../components/show/values";
import { supabase } from "../../supabase";
import {
  type FeedbackFilter,
  type FeedbackRow,
  feedbackChoices,
  feedbackFilters,
  feedbackRowSelect,
  testerName,
} from "./feedback";

const ratingOptions = [5, 4, 3, 2, 1].map((rating) => ({
  value: rating,
  label: `${rating} / 5`,
}));

export function BuildFeedback({ buildId, version }: { buildId: string; version: string }) {
  const [filter, setFilter] = useState<FeedbackFilter>({});
  const query = {
    resource: "beta_feedback",
    of: ["build_id", buildId] as const,
    sort: "created_at.desc",
  };
  // Every row of the build, unfiltered, names the people and companies to choose from.
  const all = useRelatedList<FeedbackRow>({ ...query, select: feedbackRowSelect });
  const { people, companies } = feedbackChoices(all.result.data);
  const change = (next: Partial<FeedbackFilter>) => setFilter({ ...filter, ...next });

  return (
    <section aria-label={`Feedback on ${version}`}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<number>
          allowClear
          aria-label="Rating"
          placeholder="Any rating"
          options={ratingOptions}
          value={filter.rating}
          onChange={(rating) => change({ rating })}
          style={{ width: 130 }}
        />
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label="Person"
          placeholder="Anyone"
          options={people}
          value={filter.profileId}
          onChange={(profileId) => change({ profileId })}
          style={{ width: 200 }}
        />
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label="Company"
          placeholder="Any company"
          options={companies}
          value={filter.companyId}
          onChange={(companyId) => change({ companyId })}
          style={{ width: 200 }}
        />
        <DatePicker.RangePicker
          aria-label="Sent between"
          allowEmpty={[true, true]}
          onChange={(days) =>
            change({
              from: days?.[0]?.format("YYYY-MM-DD"),
              to: days?.[1]?.format("YYYY-MM-DD"),
            })
          }
        />
      </Space>
      <RelatedTable<FeedbackRow>
        {...query}
        select={feedbackRowSelect}
        where={feedbackFilters(filter, all.result.data)}
        emptyText={
          Object.values(filter).some(Boolean)
            ? "No feedback matches these filters."
            : "No feedback on this build yet."
        }
        columns={[
          column.related("Who", (row) => testerName(row)),
          column.related("Company", (row) => row.profile?.company?.name),
          column.related("Rating", (row) => <Tag color="gold">{row.rating} / 5</Tag>),
          column.related("Feedback", (row) => <LongText value={row.body} />),
          column.moment("created_at", "Sent"),
          column.related("Screenshot", (row) => (
            <ScreenshotButton supabase={supabase} path={row.screenshot_path} />
          )),
        ]}
      />
    </section>
  );
}
