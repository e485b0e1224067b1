// One build's feedback from its testers, under the build's row: filters by rating, person,
// company and day, and each attached screenshot opened through a short-lived signed URL.
import { useFieldTitle } from "@supabase-client/i18n/locale-context";
import { ScreenshotButton } from "@supabase-client/storage/screenshot-button";
import { DatePicker, Select, Space, Tag } from "antd";
import { useState } from "react";
import * as column from "../../components/list/columns";
import { RelatedTable, useRelatedList } from "../../components/list/related-list";
import { LongText } from "../../components/show/values";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";
import {
  type FeedbackFilter,
  type FeedbackRow,
  feedbackChoices,
  feedbackFilters,
  feedbackRowSelect,
  testerName,
} from "./feedback";

export function BuildFeedback({ buildId, version }: { buildId: string; version: string }) {
  const [filter, setFilter] = useState<FeedbackFilter>({});
  const t = useAdminT();
  const field = useFieldTitle();
  const outOfFive = (rating: number) => t("admin.beta.feedback.outOfFive", { rating });
  const ratingOptions = [5, 4, 3, 2, 1].map((rating) => ({
    value: rating,
    label: outOfFive(rating),
  }));
  const query = {
    resource: "beta_feedback",
    of: ["build_id", buildId] as const,
    sort: "created_at.desc",
  };
  // Every row of the build, unfiltered, names the people and companies to choose from.
  const all = useRelatedList<FeedbackRow>({ ...query, select: feedbackRowSelect });
  const { people, companies } = feedbackChoices(all.result.data, t);
  const change = (next: Partial<FeedbackFilter>) => setFilter({ ...filter, ...next });
  // Who sent it: a searchable choice among the build's testers, then among their companies.
  const whoFilters = [
    {
      key: "profileId",
      label: t("admin.beta.feedback.person"),
      placeholder: t("admin.beta.feedback.anyone"),
      options: people,
    },
    {
      key: "companyId",
      label: t("admin.beta.grants.company"),
      placeholder: t("admin.beta.feedback.anyCompany"),
      options: companies,
    },
  ] as const;

  return (
    <section aria-label={t("admin.beta.feedback.label", { version })}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<number>
          allowClear
          aria-label={t("admin.beta.feedback.rating")}
          placeholder={t("admin.beta.feedback.anyRating")}
          options={ratingOptions}
          value={filter.rating}
          onChange={(rating) => change({ rating })}
          style={{ width: 130 }}
        />
        {whoFilters.map(({ key, label, placeholder, options }) => (
          <Select<string>
            key={key}
            allowClear
            showSearch
            optionFilterProp="label"
            aria-label={label}
            placeholder={placeholder}
            options={options}
            value={filter[key]}
            onChange={(id) => change({ [key]: id })}
            style={{ width: 200 }}
          />
        ))}
        <DatePicker.RangePicker
          aria-label={t("admin.beta.feedback.sentBetween")}
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
        query={{
          ...query,
          select: feedbackRowSelect,
          where: feedbackFilters(filter, all.result.data),
        }}
        emptyText={
          Object.values(filter).some(Boolean)
            ? t("admin.beta.feedback.noMatch")
            : t("admin.beta.feedback.empty")
        }
        columns={[
          column.related(t("admin.beta.grants.who"), (row) => testerName(row, t)),
          column.related(t("admin.beta.grants.company"), (row) => row.profile?.company?.name),
          column.related(t("admin.beta.feedback.rating"), (row) => (
            <Tag color="gold">{outOfFive(row.rating)}</Tag>
          )),
          column.related(field("Feedback"), (row) => <LongText value={row.body} />),
          column.moment("created_at", t("admin.beta.feedback.sent")),
          column.related(t("admin.beta.feedback.screenshot"), (row) => (
            <ScreenshotButton supabase={supabase} path={row.screenshot_path} />
          )),
        ]}
      />
    </section>
  );
}
