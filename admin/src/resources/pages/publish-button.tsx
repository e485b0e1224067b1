// Publishing a draft from its page, or taking a published page back to draft. Publishing makes
// the page public, so it asks first.
import type { Page } from "@db/schema/pages";
import { CanAccess, useInvalidate, useUpdate } from "@refinedev/core";
import { useT } from "@supabase-client/i18n/locale-context";
import { Button, Popconfirm } from "antd";
import { useAdminT } from "../../i18n";

export function PublishButton({ page }: { page: Page }) {
  const { mutate, mutation } = useUpdate<Page>();
  const invalidate = useInvalidate();
  const isPublished = page.status === "published";
  const t = useAdminT();
  const shared = useT();

  const setStatus = (status: Page["status"]) =>
    mutate(
      {
        resource: "pages",
        id: page.id,
        values: { status },
        successNotification: {
          type: "success",
          message: t(
            status === "published"
              ? "admin.pages.publish.published"
              : "admin.pages.publish.unpublished",
          ),
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
          title={t("admin.pages.publish.unpublishQuestion", { title: page.title })}
          description={t("admin.pages.publish.unpublishText")}
          okText={t("admin.pages.publish.unpublish")}
          cancelText={shared("common.cancel")}
          onConfirm={() => setStatus("draft")}
        >
          <Button loading={mutation.isPending}>{t("admin.pages.publish.unpublish")}</Button>
        </Popconfirm>
      ) : (
        <Popconfirm
          title={t("admin.pages.publish.question", { title: page.title })}
          description={t("admin.pages.publish.text")}
          okText={t("admin.pages.publish.publish")}
          cancelText={shared("common.cancel")}
          onConfirm={() => setStatus("published")}
        >
          <Button type="primary" loading={mutation.isPending}>
            {t("admin.pages.publish.publish")}
          </Button>
        </Popconfirm>
      )}
    </CanAccess>
  );
}
