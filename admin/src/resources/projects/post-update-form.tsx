// Posting an update on a project. A client-visible update emails every client of the company
// (the database queues the mail on insert), so it is only posted after the poster confirms.
// The author is not sent: the column defaults to auth.uid(), which the insert policy requires.
import { limits } from "@db/limits";
import type { ProjectUpdate } from "@db/schema/projects";
import { insertProjectUpdateSchema } from "@db/validation/projects";
import { useCreate } from "@refinedev/core";
import { fieldErrors, zodRule } from "@supabase-client/zod-form";
import { Button, Form, Input, Modal, Radio } from "antd";
import { useState } from "react";
import type { z } from "zod/v4";
import { visibilityLabels } from "./labels";

type NewUpdate = z.infer<typeof insertProjectUpdateSchema>;
type FormValues = Pick<NewUpdate, "title" | "body" | "visibility">;

const shape = insertProjectUpdateSchema.shape;

const posted: Record<ProjectUpdate["visibility"], string> = {
  internal: "Internal update posted",
  client: "Update posted: the clients are being emailed",
};

export function PostUpdateForm({ projectId }: { projectId: string }) {
  const [form] = Form.useForm<FormValues>();
  const { mutate, mutation } = useCreate<ProjectUpdate>();
  const [awaitingConfirmation, setAwaitingConfirmation] = useState<NewUpdate | null>(null);

  const post = (values: NewUpdate) =>
    mutate(
      {
        resource: "project_updates",
        values,
        successNotification: {
          type: "success",
          message: posted[values.visibility ?? "internal"],
        },
      },
      {
        onSuccess: () => {
          setAwaitingConfirmation(null);
          form.resetFields();
        },
      },
    );

  const onFinish = (values: FormValues) => {
    const parsed = insertProjectUpdateSchema.safeParse({ ...values, project_id: projectId });
    if (!parsed.success) {
      form.setFields(fieldErrors(parsed.error) as Parameters<typeof form.setFields>[0]);
      return;
    }
    if (parsed.data.visibility === "client") {
      setAwaitingConfirmation(parsed.data);
      return;
    }
    post(parsed.data);
  };

  return (
    <>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ visibility: "internal" }}
        onFinish={onFinish}
      >
        <Form.Item label="Title" name="title" required rules={[zodRule(shape.title)]}>
          <Input maxLength={limits.name} />
        </Form.Item>
        <Form.Item label="Message" name="body" required rules={[zodRule(shape.body)]}>
          <Input.TextArea rows={4} maxLength={limits.body} />
        </Form.Item>
        <Form.Item label="Visibility" name="visibility">
          <Radio.Group
            options={[
              { value: "internal", label: visibilityLabels.internal.label },
              {
                value: "client",
                label: `${visibilityLabels.client.label} (emails the company's clients)`,
              },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          Post update
        </Button>
      </Form>
      <Modal
        title="Post and email the clients?"
        open={awaitingConfirmation !== null}
        okText="Post and email"
        okButtonProps={{ loading: mutation.isPending }}
        onOk={() => {
          if (awaitingConfirmation) {
            post(awaitingConfirmation);
          }
        }}
        onCancel={() => setAwaitingConfirmation(null)}
        destroyOnHidden
      >
        <p>
          “{awaitingConfirmation?.title}” becomes visible in the portal, and every client of the
          company gets it by email.
        </p>
      </Modal>
    </>
  );
}
