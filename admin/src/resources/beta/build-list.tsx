// A product's builds, newest first. An unpublished build is seen by staff only; publishing it
// puts it on the download page of everyone with access. Each build's feedback opens under it.
import type { BetaBuild } from "@db/schema/beta";
import { DateField } from "@refinedev/antd";
import { CanAccess, useUpdate } from "@refinedev/core";
import { Tag } from "antd";
import { ConfirmButton } from "../../components/actions/confirm-button";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { LongText } from "../../components/show/values";
import { BuildFeedback } from "./build-feedback";
import { isBuildPublished } from "./builds";

function PublishBuildButton({ build }: { build: BetaBuild }) {
  const { mutate, mutation } = useUpdate<BetaBuild>();
  return (
    <CanAccess resource="beta_builds" action="edit">
      <ConfirmButton
        question={`Publish ${build.version}?`}
        description="Everyone with access can download it from the portal."
        isDanger={false}
        isBusy={mutation.isPending}
        onConfirm={() =>
          mutate({
            resource: "beta_builds",
            id: build.id,
            values: { published_at: new Date().toISOString() },
            successNotification: { type: "success", message: `Build ${build.version} published` },
          })
        }
      >
        Publish
      </ConfirmButton>
    </CanAccess>
  );
}

function PublishedTag({ build }: { build: BetaBuild }) {
  return isBuildPublished(build, new Date()) && build.published_at ? (
    <Tag color="green">
      Published <DateField value={build.published_at} format="D MMM YYYY" />
    </Tag>
  ) : (
    <Tag>Not published</Tag>
  );
}

export function BuildList({ productId }: { productId: string }) {
  return (
    <RelatedTable<BetaBuild>
      resource="beta_builds"
      of={["product_id", productId]}
      sort="created_at.desc"
      emptyText="No builds yet."
      // A build's feedback opens under its row: the testers' ratings, words and screenshots.
      expandable={{
        expandedRowRender: (build) => <BuildFeedback buildId={build.id} version={build.version} />,
      }}
      columns={[
        column.text("version", "Version"),
        column.text("release_notes", "Release notes", {
          render: (notes: string | null) => <LongText value={notes} />,
        }),
        column.related("Published", (build) => <PublishedTag build={build} />),
        column.actions((build) =>
          build.published_at ? null : <PublishBuildButton build={build} />,
        ),
      ]}
    />
  );
}
