// A product's builds, newest first. An unpublished build is seen by staff only; publishing it
// puts it on the download page of everyone with access. Each build's feedback opens under it.
import type { BetaBuild } from "@db/schema/beta";
import { CanAccess } from "@refinedev/core";
import { useFieldTitle, useFormat } from "@supabase-client/i18n/locale-context";
import { Tag } from "antd";
import { StampButton } from "../../components/actions/stamp-button";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { LongText } from "../../components/show/values";
import { useAdminT } from "../../i18n";
import { BuildFeedback } from "./build-feedback";
import { isBuildPublished } from "./builds";

function PublishBuildButton({ build }: { build: BetaBuild }) {
  const t = useAdminT();
  return (
    <CanAccess resource="beta_builds" action="edit">
      <StampButton
        stamps={{ resource: "beta_builds", id: build.id, column: "published_at" }}
        question={t("admin.beta.builds.publishQuestion", { version: build.version })}
        description={t("admin.beta.builds.publishText")}
        isDanger={false}
        doneMessage={t("admin.beta.builds.publishedMessage", { version: build.version })}
      >
        {t("admin.beta.builds.publish")}
      </StampButton>
    </CanAccess>
  );
}

function PublishedTag({ build }: { build: BetaBuild }) {
  const t = useAdminT();
  const format = useFormat();
  return isBuildPublished(build, new Date()) && build.published_at ? (
    <Tag color="green">
      {t("admin.beta.builds.published")} {format.date(build.published_at)}
    </Tag>
  ) : (
    <Tag>{t("admin.beta.builds.notPublished")}</Tag>
  );
}

export function BuildList({ productId }: { productId: string }) {
  const t = useAdminT();
  const field = useFieldTitle();
  return (
    <RelatedTable<BetaBuild>
      query={{ resource: "beta_builds", of: ["product_id", productId], sort: "created_at.desc" }}
      emptyText={t("admin.beta.builds.empty")}
      // A build's feedback opens under its row: the testers' ratings, words and screenshots.
      expandable={{
        expandedRowRender: (build) => <BuildFeedback buildId={build.id} version={build.version} />,
      }}
      columns={[
        column.text("version", field("Version")),
        column.text("release_notes", t("admin.beta.builds.releaseNotes"), {
          render: (notes: string | null) => <LongText value={notes} />,
        }),
        column.related(t("admin.beta.builds.published"), (build) => <PublishedTag build={build} />),
        column.actions((build) =>
          build.published_at ? null : <PublishBuildButton build={build} />,
        ),
      ]}
    />
  );
}
