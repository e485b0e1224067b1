// An admin edits a template's subject, HTML and text beside a live preview. The key and language
// are what the outbox looks templates up by, so they are shown, not edited.
import type { EmailTemplate } from "@db/schema/email";
import { updateEmailTemplateSchema } from "@db/validation/content";
import { Edit } from "@refinedev/antd";
import { TextAreaField, TextField } from "@supabase-client/forms/fields";
import { useResourceForm } from "@supabase-client/forms/use-resource-form";
import { Col, Form, Row } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { TemplatePreview } from "./template-preview";
import { templateTitle } from "./title";

const fields = updateEmailTemplateSchema.shape;
const code = { fontFamily: "Consolas, Menlo, monospace", fontSize: 12 };

export default function EmailTemplateEdit() {
  const { form, formProps, saveButtonProps, query } = useResourceForm<
    EmailTemplate,
    typeof updateEmailTemplateSchema
  >(updateEmailTemplateSchema, {
    resource: "email_templates",
    action: "edit",
    redirect: "show",
    successNotification: { type: "success", message: "Template saved" },
  });
  const template = query?.data?.data;
  const subject = Form.useWatch("subject", form) ?? "";
  const html = Form.useWatch("html", form) ?? "";
  const text = Form.useWatch("text", form) ?? "";

  return (
    <Edit
      goBack={backIcon}
      title={template ? `Edit ${templateTitle(template)}` : "Edit template"}
      saveButtonProps={saveButtonProps}
      isLoading={query?.isLoading}
      canDelete={false}
    >
      <Row gutter={24}>
        <Col xs={24} xl={12}>
          <Form {...formProps} layout="vertical">
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
              label="Text"
              input={{ rows: 8, style: code }}
            />
          </Form>
        </Col>
        <Col xs={24} xl={12}>
          <TemplatePreview parts={{ subject, html, text }} />
        </Col>
      </Row>
    </Edit>
  );
}
