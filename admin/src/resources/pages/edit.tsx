// Editing a page; every save that changes it is kept as a revision by the database, and a save
// that publishes it asks first.
import type { Page } from "@db/schema/pages";
import { updatePageSchema } from "@db/validation/content";
import { EditPage } from "../../components/form/form-page";
import { publishQuestion } from "./confirm-publish";
import { PageFields } from "./fields";
import { PreviewButton } from "./preview-button";

export default function PageEdit() {
  return (
    <EditPage<Page, typeof updatePageSchema>
      title={(page) => `Edit ${page.title}`}
      untitled="Edit page"
      schema={updatePageSchema}
      savedMessage="Page saved"
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
