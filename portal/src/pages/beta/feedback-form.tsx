// "Send feedback" on one build: a rating, the tester's words and an optional screenshot, checked
// by the shared feedback schema before anything is uploaded.
import { insertFeedbackSchema } from "@db/validation/beta";
import { useInvalidate } from "@refinedev/core";
import { SchemaItem, TextAreaField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { useT } from "@supabase-client/i18n/locale-context";
import { FilePicker } from "@supabase-client/storage/file-picker";
import { Alert, Button, Form, Radio } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";
import { type FeedbackInput, sendFeedback } from "./send-feedback";

const shape = insertFeedbackSchema.shape;
const ratings = [1, 2, 3, 4, 5].map((rating) => ({ value: rating, label: String(rating) }));

interface FeedbackFormProps {
  buildId: string;
  version: string;
  profileId: string;
  onSent: () => void;
}

export function FeedbackForm({ buildId, version, profileId, onSent }: FeedbackFormProps) {
  const [screenshot, setScreenshot] = useState<File | null>(null);
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const invalidate = useInvalidate();
  const t = useT();

  const send = async (feedback: FeedbackInput) => {
    setIsSending(true);
    setError(null);
    const failure = await sendFeedback(supabase, profileId, feedback, screenshot);
    setIsSending(false);
    if (failure) {
      setError(t(failure));
      return;
    }
    form.resetFields();
    setScreenshot(null);
    await invalidate({ resource: "beta_feedback", invalidates: ["list"] });
    onSent();
  };

  const { form, formProps } = useSchemaForm(insertFeedbackSchema, {
    prepare: (values: Omit<FeedbackInput, "build_id">) => ({ ...values, build_id: buildId }),
    onValid: (feedback) => void send(feedback),
  });

  return (
    <Form
      {...formProps}
      // Field ids get this prefix: every build on the page may have its form open.
      name={`feedback-${buildId}`}
      layout="vertical"
      aria-label={t("portal.beta.feedbackOn", { version })}
      style={{ maxWidth: 560, marginTop: 12 }}
    >
      <SchemaItem schema={shape.rating} name="rating">
        <Radio.Group
          options={ratings}
          optionType="button"
          buttonStyle="solid"
          disabled={isSending}
        />
      </SchemaItem>
      <TextAreaField schema={shape.body} name="body" input={{ rows: 4, showCount: true }} />
      <Form.Item label={t("portal.beta.screenshot")}>
        <FilePicker
          bucket="beta-feedback"
          file={screenshot}
          onChange={setScreenshot}
          label={t("portal.beta.chooseScreenshot")}
          disabled={isSending}
        />
      </Form.Item>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Button type="primary" htmlType="submit" loading={isSending}>
        {t("portal.beta.sendFeedback")}
      </Button>
    </Form>
  );
}
