// Posting an update on a project. A client-visible update emails every client of the company
// (the database queues the mail on insert), so it is only posted after the poster confirms.
// The author is not sent: the column defaults to auth.uid(), which the insert policy requires.
import type { ProjectUpdate } from "@db/schema/projects";
import { insertProjectUpdateSchema } from "@db/validation/projects";
import { SchemaItem, TextAreaField, TextField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { useT } from "@supabase-client/i18n/locale-context";
import { Button, Form, Modal, Radio } from "antd";
import { useState } from "react";
import type { z } from "zod/v4";
import { type AdminKey, useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";

type NewUpdate = z.infer<typeof insertProjectUpdateSchema>;
type FormValues = Pick<NewUpdate, "title" | "body" | "visibility">;

const shape = insertProjectUpdateSchema.shape;

const posted: Record<ProjectUpdate["visibility"], AdminKey> = {
  internal: "admin.projects.updates.internalPosted",
  client: "admin.projects.updates.clientPosted",
};

export function PostUpdateForm({ projectId }: { projectId: string }) {
  const [awaitingConfirmation, setAwaitingConfirmation] = useState<NewUpdate | null>(null);
  const t = useAdminT();
  const shared = useT();
  const { word } = useStatusWords();
  const { formProps, save, isSaving } = useRecordForm(insertProjectUpdateSchema, {
    resource: "project_updates",
    prepare: (values: FormValues) => ({ ...values, project_id: projectId }),
    savedMessage: (update) => t(posted[update.visibility ?? "internal"]),
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
        <SchemaItem
          schema={shape.visibility}
          name="visibility"
          label={t("admin.projects.updates.visibility")}
        >
          <Radio.Group
            options={[
              { value: "internal", label: word("visibility", "internal") },
              {
                value: "client",
                label: t("admin.projects.updates.clientEmails", {
                  label: word("visibility", "client"),
                }),
              },
            ]}
          />
        </SchemaItem>
        <Button type="primary" htmlType="submit" loading={isSaving}>
          {t("admin.projects.updates.post")}
        </Button>
      </Form>
      <Modal
        title={t("admin.projects.updates.confirmTitle")}
        open={awaitingConfirmation !== null}
        okText={t("admin.projects.updates.confirmOk")}
        cancelText={shared("common.cancel")}
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
          {t("admin.projects.updates.confirmText", { title: awaitingConfirmation?.title ?? "" })}
        </p>
      </Modal>
    </>
  );
}
