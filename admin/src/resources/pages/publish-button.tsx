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

  // Both ways ask first: the page goes public, or disappears from the site.
  const move = isPublished
    ? {
        to: "draft" as const,
        question: t("admin.pages.publish.unpublishQuestion", { title: page.title }),
        text: t("admin.pages.publish.unpublishText"),
        action: t("admin.pages.publish.unpublish"),
      }
    : {
        to: "published" as const,
        question: t("admin.pages.publish.question", { title: page.title }),
        text: t("admin.pages.publish.text"),
        action: t("admin.pages.publish.publish"),
      };

  return (
    <CanAccess resource="pages" action="edit">
      <Popconfirm
        title={move.question}
        description={move.text}
        okText={move.action}
        cancelText={shared("common.cancel")}
        onConfirm={() => setStatus(move.to)}
      >
        <Button {...(isPublished ? {} : { type: "primary" as const })} loading={mutation.isPending}>
          {move.action}
        </Button>
      </Popconfirm>
    </CanAccess>
  );
}
