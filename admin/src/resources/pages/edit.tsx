// Editing a page; every save that changes it is kept as a revision by the database, and a save
// that publishes it asks first.
import type { Page } from "@db/schema/pages";
import { updatePageSchema } from "@db/validation/content";
import { EditPage } from "../../components/form/form-page";
import { useAdminT } from "../../i18n";
import { usePublishQuestion } from "./confirm-publish";
import { PageFields } from "./fields";
import { PreviewButton } from "./preview-button";

export default function PageEdit() {
  const t = useAdminT();
  const publishQuestion = usePublishQuestion();
  return (
    <EditPage<Page, typeof updatePageSchema>
      title={(page) => t("admin.pages.form.editTitle", { title: page.title })}
      untitled={t("admin.pages.form.editUntitled")}
      schema={updatePageSchema}
      savedMessage={t("admin.pages.form.saved")}
      confirm={publishQuestion}
      headerButtons={(page, defaultButtons) => (
        <>
          <PreviewButton pageId={page.id} />
          {defaultButtons}
        </>
      )}
    >
      <PageFields />
    </EditPage>
  );
}
