// A save that publishes a page asks first: a published page is public, readable by anyone
// without signing in. Other saves go straight through.
import type { PageStatus } from "@db/schema/pages";
import { isPublishing } from "@db/status/pages";
import type { SaveQuestion } from "../../components/form/form-page";
import { useAdminT } from "../../i18n";

interface Publishable {
  title?: string | undefined;
  status?: PageStatus | undefined;
}

/**
 * The question a page form asks before a save that publishes, in the reader's language.
 * @example usePublishQuestion()({ title: "Launch", status: "published" }, undefined)?.title // "Publish “Launch”?"
 */
export function usePublishQuestion() {
  const t = useAdminT();
  return (
    values: Publishable,
    saved: Pick<Publishable, "status"> | undefined,
  ): SaveQuestion | null => {
    if (!isPublishing(saved?.status, values.status)) {
      return null;
    }
    return {
      title: values.title
        ? t("admin.pages.publish.question", { title: values.title })
        : t("admin.pages.publish.questionUntitled"),
      content: t("admin.pages.publish.text"),
      okText: t("admin.pages.publish.publish"),
    };
  };
}
