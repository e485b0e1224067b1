// Posting an update on a project. A client-visible update emails every client of the company
// (the database queues the mail on insert), so it is only posted after the poster confirms.
// The author is not sent: the column defaults to auth.uid(), which the insert policy requires.
import type { ProjectUpdate } from "@db/schema/projects";
import { visibilityLabels } from "@db/status/projects";
import { insertProjectUpdateSchema } from "@db/validation/projects";
import { SchemaItem, TextAreaField, TextField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { Button, Form, Modal, Radio } from "antd";
import { useState } from "react";
import type { z } from "zod/v4";

type NewUpdate = z.infer<typeof insertProjectUpdateSchema>;
type FormValues = Pick<NewUpdate, "title" | "body" | "visibility">;

const shape = insertProjectUpdateSchema.shape;

const posted: Record<ProjectUpdate["visibility"], string> = {
  internal: "Internal update posted",
  client: "Update posted: the clients are being emailed",
};

export function PostUpdateForm({ projectId }: { projectId: string }) {
  const [awaitingConfirmation, setAwaitingConfirmation] = useState<NewUpdate | null>(null);
  const { formProps, save, isSaving } = useRecordForm(insertProjectUpdateSchema, {
    resource: "project_updates",
    prepare: (values: FormValues) => ({ ...values, project_id: projectId }),
    savedMessage: (update) => posted[update.visibility ?? "internal"],
    // A client-visible update emails the clients, so it waits for the poster's yes.
    onValid: (update) =>
      update.visibility === "client" ? setAwaitingConfirmation(update) : save(update),
    onSaved: () => {
      setAwaitingConfirmation(null);
      formProps.form.resetFields();
    },
  });

  return (
    <>
      <Form {...formProps} layout="vertical" initialValues={{ visibility: "internal" }}>
        <TextField schema={shape.title} name="title" />
        <TextAreaField schema={shape.body} name="body" />
        <SchemaItem schema={shape.visibility} name="visibility" label="Visibility">
          <Radio.Group
            options={[
              { value: "internal", label: visibilityLabels.internal.label },
              {
                value: "client",
                label: `${visibilityLabels.client.label} (emails the company's clients)`,
              },
            ]}
          />
        </SchemaItem>
        <Button type="primary" htmlType="submit" loading={isSaving}>
          Post update
        </Button>
      </Form>
      <Modal
        title="Post and email the clients?"
        open={awaitingConfirmation !== null}
        okText="Post and email"
        okButtonProps={{ loading: isSaving }}
        onOk={() => {
          if (awaitingConfirmation) {
            save(awaitingConfirmation);
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
