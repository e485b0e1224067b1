// An admin edits a template's subject, HTML and text beside a live preview. The key and language
// are what the outbox looks templates up by, so they are shown, not edited. "Send test" mails the
// saved template to the admin's own address. A part using a variable no email carries is refused
// next to that part: the outbox could not send it.
import type { EmailTemplate } from "@db/schema/email";
import { updateEmailTemplateSchema } from "@db/validation/content";
import { TextAreaField, TextField } from "@supabase-client/forms/fields";
import { Col, Form, Row } from "antd";
import { useMemo } from "react";
import { EditPage } from "../../components/form/form-page";
import { useAdminT } from "../../i18n";
import { templateFormSchema } from "./form-schema";
import { SendTestButton } from "./send-test-button";
import { TemplatePreview } from "./template-preview";
import { templateTitle } from "./title";

const fields = updateEmailTemplateSchema.shape;
const code = { fontFamily: "Consolas, Menlo, monospace", fontSize: 12 };

/** The three parts, and beside them the template as it would be sent, updated as they change. */
function TemplateEditor() {
  const t = useAdminT();
  const form = Form.useFormInstance();
  const subject = Form.useWatch("subject", form) ?? "";
  const html = Form.useWatch("html", form) ?? "";
  const text = Form.useWatch("text", form) ?? "";
  return (
    <Row gutter={24}>
      <Col xs={24} xl={12}>
        <TextField schema={fields.subject} name="subject" />
        <TextAreaField
          schema={fields.html}
          name="html"
          label="HTML"
          input={{ rows: 16, style: code, spellCheck: false }}
        />
        <TextAreaField
          schema={fields.text}
          name="text"
          label={t("admin.emailTemplates.edit.text")}
          input={{ rows: 8, style: code }}
        />
      </Col>
      <Col xs={24} xl={12}>
        <TemplatePreview parts={{ subject, html, text }} />
      </Col>
    </Row>
  );
}

export default function EmailTemplateEdit() {
  const t = useAdminT();
  const schema = useMemo(
    () =>
      templateFormSchema((names) =>
        t(
          names.length > 1
            ? "admin.emailTemplates.preview.unknownMany"
            : "admin.emailTemplates.preview.unknownOne",
          { names: names.join(", ") },
        ),
      ),
    [t],
  );
  return (
    <EditPage<EmailTemplate, typeof schema>
      title={(template) => t("admin.emailTemplates.edit.title", { name: templateTitle(template) })}
      untitled={t("admin.emailTemplates.edit.untitled")}
      schema={schema}
      savedMessage={t("admin.emailTemplates.edit.saved")}
      headerButtons={(template, defaultButtons) => (
        <>
          {defaultButtons}
          <SendTestButton template={template} />
        </>
      )}
    >
      <TemplateEditor />
    </EditPage>
  );
}
