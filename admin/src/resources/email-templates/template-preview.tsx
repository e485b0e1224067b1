// What a template looks like sent: the subject, the HTML part in a sandboxed frame (no scripts,
// no same-origin access, whatever an admin typed), the text part, and the variables it uses.
import type { TemplateParts } from "@db/email/render";
import { surface } from "@supabase-client/ui/surface";
import { Alert, Card, Space, Tag, Typography } from "antd";
import { useDeferredValue, useMemo } from "react";
import { useAdminT } from "../../i18n";
import { previewTemplate } from "./preview";

export function TemplatePreview({ parts }: { parts: TemplateParts }) {
  const t = useAdminT();
  // Typing stays smooth on a long HTML body: the preview may lag a keystroke behind.
  const deferred = useDeferredValue(parts);
  const { variables, unknown, rendered } = useMemo(() => previewTemplate(deferred), [deferred]);

  return (
    <Card title={t("admin.emailTemplates.preview.title")} size="small">
      <Space direction="vertical" style={{ width: "100%" }}>
        <section aria-label={t("admin.emailTemplates.preview.variables")}>
          <Typography.Text type="secondary">
            {t("admin.emailTemplates.preview.variablesLead")}{" "}
          </Typography.Text>
          {variables.length === 0 ? (
            <Typography.Text type="secondary">
              {t("admin.emailTemplates.preview.none")}
            </Typography.Text>
          ) : null}
          {variables.map((name) => (
            <Tag key={name} color={unknown.includes(name) ? "red" : "blue"}>
              {name}
            </Tag>
          ))}
        </section>
        {unknown.length > 0 ? (
          <Alert
            type="error"
            showIcon
            message={t(
              unknown.length > 1
                ? "admin.emailTemplates.preview.unknownMany"
                : "admin.emailTemplates.preview.unknownOne",
              { names: unknown.join(", ") },
            )}
            description={t("admin.emailTemplates.preview.unknownText")}
          />
        ) : null}
        <section aria-label={t("admin.emailTemplates.preview.subject")}>
          <Typography.Text strong>{rendered.subject}</Typography.Text>
        </section>
        <iframe
          title={t("admin.emailTemplates.preview.html")}
          srcDoc={rendered.html}
          sandbox=""
          style={{
            width: "100%",
            height: 420,
            border: `1px solid ${surface.line}`,
            borderRadius: 6,
          }}
        />
        <section aria-label={t("admin.emailTemplates.preview.text")}>
          <pre style={{ whiteSpace: "pre-wrap", margin: 0 }}>{rendered.text}</pre>
        </section>
      </Space>
    </Card>
  );
}
