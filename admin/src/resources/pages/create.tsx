// A new CMS page; it starts as a draft unless the admin publishes it (after confirming).
import type { Page } from "@db/schema/pages";
import { insertPageSchema } from "@db/validation/content";
import { CreatePage } from "../../components/form/form-page";
import { useAdminT } from "../../i18n";
import { usePublishQuestion } from "./confirm-publish";
import { PageFields } from "./fields";

export default function PageCreate() {
  const t = useAdminT();
  const publishQuestion = usePublishQuestion();
  return (
    <CreatePage<Page, typeof insertPageSchema>
      title={t("admin.pages.form.newTitle")}
      schema={insertPageSchema}
      savedMessage={t("admin.pages.form.created")}
      initialValues={{ status: "draft" }}
      confirm={publishQuestion}
    >
      <PageFields />
    </CreatePage>
  );
}
