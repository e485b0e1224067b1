// A new CMS page; it starts as a draft unless the admin publishes it (after confirming).
import type { Page } from "@db/schema/pages";
import { insertPageSchema } from "@db/validation/content";
import { CreatePage } from "../../components/form/form-page";
import { publishQuestion } from "./confirm-publish";
import { PageFields } from "./fields";

export default function PageCreate() {
  return (
    <CreatePage<Page, typeof insertPageSchema>
      title="New page"
      schema={insertPageSchema}
      savedMessage="Page created"
      initialValues={{ status: "draft" }}
      confirm={publishQuestion}
    >
      <PageFields />
    </CreatePage>
  );
}
