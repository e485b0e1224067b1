// Publishing a draft from its page, or taking a published page back to draft. Publishing makes
// the page public, so it asks first.
import type { Page } from "@db/schema/pages";
import { CanAccess, useInvalidate, useUpdate } from "@refinedev/core";
import { Button, Popconfirm } from "antd";

export function PublishButton({ page }: { page: Page }) {
  const { mutate, mutation } = useUpdate<Page>();
  const invalidate = useInvalidate();
  const isPublished = page.status === "published";

  const setStatus = (status: Page["status"]) =>
    mutate(
      {
        resource: "pages",
        id: page.id,
        values: { status },
        successNotification: {
          type: "success",
          message: status === "published" ? "Page published" : "Page back to draft",
        },
      },
      {
        // The database records the change as a revision, which the page's history must show.
        onSuccess: () => invalidate({ resource: "page_revisions", invalidates: ["list"] }),
      },
    );

  return (
    <CanAccess resource="pages" action="edit">
      {isPublished ? (
        <Popconfirm
          title={`Unpublish “${page.title}”?`}
          description="It stops being visible on the site."
          okText="Unpublish"
          onConfirm={() => setStatus("draft")}
        >
          <Button loading={mutation.isPending}>Unpublish</Button>
        </Popconfirm>
      ) : (
        <Popconfirm
          title={`Publish “${page.title}”?`}
          description="It becomes public on the site, readable by anyone without signing in."
          okText="Publish"
          onConfirm={() => setStatus("published")}
        >
          <Button type="primary" loading={mutation.isPending}>
            Publish
          </Button>
        </Popconfirm>
      )}
    </CanAccess>
  );
}
