// A product's builds, newest first. An unpublished build is seen by staff only; publishing it
// puts it on the download page of everyone with access.
import type { BetaBuild } from "@db/schema/beta";
import { DateField } from "@refinedev/antd";
import { CanAccess, useList, useUpdate } from "@refinedev/core";
import { Button, Popconfirm, Table, Tag, Typography } from "antd";
import { isBuildPublished } from "./builds";

export function BuildList({ productId }: { productId: string }) {
  const { result, query } = useList<BetaBuild>({
    resource: "beta_builds",
    filters: [{ field: "product_id", operator: "eq", value: productId }],
    sorters: [{ field: "created_at", order: "desc" }],
    pagination: { mode: "off" },
  });
  const { mutate, mutation } = useUpdate<BetaBuild>();
  const now = new Date();

  const publish = (build: BetaBuild) =>
    mutate({
      resource: "beta_builds",
      id: build.id,
      values: { published_at: new Date().toISOString() },
      successNotification: { type: "success", message: `Build ${build.version} published` },
    });

  return (
    <Table<BetaBuild>
      dataSource={result.data}
      loading={query.isLoading}
      rowKey="id"
      pagination={false}
      size="small"
      locale={{ emptyText: "No builds yet." }}
    >
      <Table.Column<BetaBuild> dataIndex="version" title="Version" />
      <Table.Column<BetaBuild>
        dataIndex="release_notes"
        title="Release notes"
        render={(notes: string | null) =>
          notes ? (
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
              {notes}
            </Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          )
        }
      />
      <Table.Column<BetaBuild>
        title="Published"
        render={(_, build) =>
          isBuildPublished(build, now) && build.published_at ? (
            <Tag color="green">
              Published <DateField value={build.published_at} format="D MMM YYYY" />
            </Tag>
          ) : (
            <Tag>Not published</Tag>
          )
        }
      />
      <Table.Column<BetaBuild>
        title="Actions"
        render={(_, build) =>
          build.published_at ? null : (
            <CanAccess resource="beta_builds" action="edit">
              <Popconfirm
                title={`Publish ${build.version}?`}
                description="Everyone with access can download it from the portal."
                okText="Publish"
                onConfirm={() => publish(build)}
              >
                <Button size="small" loading={mutation.isPending}>
                  Publish
                </Button>
              </Popconfirm>
            </CanAccess>
          )
        }
      />
    </Table>
  );
}
