// What a template looks like sent: the subject, the HTML part in a sandboxed frame (no scripts,
// no same-origin access, whatever an admin typed), the text part, and the variables it uses.
import type { TemplateParts } from "@db/email/render";
import { surface } from "@supabase-client/ui/surface";
import { Alert, Card, Space, Tag, Typography } from "antd";
import { useDeferredValue, useMemo } from "react";
import { previewTemplate } from "./preview";

export function TemplatePreview({ parts }: { parts: TemplateParts }) {
  // Typing stays smooth on a long HTML body: the preview may lag a keystroke behind.
  const deferred = useDeferredValue(parts);
  const { variables, unknown, rendered } = useMemo(() => previewTemplate(deferred), [deferred]);

  return (
    <Card title="Preview with sample data" size="small">
      <Space direction="vertical" style={{ width: "100%" }}>
        <section aria-label="Variables">
          <Typography.Text type="secondary">Variables: </Typography.Text>
          {variables.length === 0 ? <Typography.Text type="secondary">none</Typography.Text> : null}
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
            message={`Unknown variable${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`}
            description="No email carries this data, so sending would fail. Check the spelling."
          />
        ) : null}
        <section aria-label="Subject preview">
          <Typography.Text strong>{rendered.subject}</Typography.Text>
        </section>
        <iframe
          title="HTML preview"
          srcDoc={rendered.html}
          sandbox=""
          style={{
            width: "100%",
            height: 420,
            border: `1px solid ${surface.line}`,
            borderRadius: 6,
          }}
        />
        <section aria-label="Text preview">
          <pre style={{ whiteSpace: "pre-wrap", margin: 0 }}>{rendered.text}</pre>
        </section>
      </Space>
    </Card>
  );
}
