// One template as it is stored, previewed with sample data; the team reads it here, and only
// admins get the Edit button (the database refuses anyone else's change).
import type { EmailTemplate } from "@db/schema/email";
import { DateTime } from "../../components/list/date-time";
import { Details } from "../../components/show/details";
import { ShowPage } from "../../components/show/show-page";
import { TemplatePreview } from "./template-preview";
import { templateTitle } from "./title";

export default function EmailTemplateShow() {
  return (
    <ShowPage<EmailTemplate> title={templateTitle} untitled="Email template">
      {(template) => (
        <>
          <Details
            size="small"
            items={[
              ["Key", <code key="key">{template.key}</code>],
              ["Language", template.locale],
              ["Updated", <DateTime key="updated" value={template.updated_at} />],
            ]}
          />
          <TemplatePreview parts={template} />
        </>
      )}
    </ShowPage>
  );
}
