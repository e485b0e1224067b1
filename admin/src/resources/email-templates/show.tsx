// One template as it is stored, previewed with sample data; the team reads it here, and only
// admins get the Edit button (the database refuses anyone else's change).
import type { EmailTemplate } from "@db/schema/email";
import { useFieldTitle } from "@supabase-client/i18n/locale-context";
import { DateTime } from "../../components/list/date-time";
import { Details } from "../../components/show/details";
import { ShowPage } from "../../components/show/show-page";
import { useAdminT } from "../../i18n";
import { TemplatePreview } from "./template-preview";
import { templateTitle } from "./title";

export default function EmailTemplateShow() {
  const t = useAdminT();
  const field = useFieldTitle();
  return (
    <ShowPage<EmailTemplate>
      title={templateTitle}
      untitled={t("admin.emailTemplates.show.untitled")}
    >
      {(template) => (
        <>
          <Details
            size="small"
            items={[
              [t("admin.emailTemplates.list.key"), <code key="key">{template.key}</code>],
              [field("Language"), template.locale],
              [
                t("admin.emailTemplates.list.updated"),
                <DateTime key="updated" value={template.updated_at} />,
              ],
            ]}
          />
          <TemplatePreview parts={template} />
        </>
      )}
    </ShowPage>
  );
}
