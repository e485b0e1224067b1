// Writing a note on a company, project or request, checked by db/validation's note schema.
import type { Note } from "@db/schema/notes";
import { insertNoteSchema } from "@db/validation/notes";
import { TextAreaField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { Button, Form } from "antd";
import { useAdminT } from "../../i18n";
import type { NoteSubject } from "./note-subject";

export function NoteForm({ subject }: { subject: NoteSubject }) {
  const t = useAdminT();
  const { formProps, isSaving } = useRecordForm(insertNoteSchema, {
    resource: "notes",
    prepare: (values: Pick<Note, "body">) => ({ ...values, [subject.column]: subject.id }),
    savedMessage: () => t("admin.components.notes.added"),
  });
  return (
    <Form {...formProps} layout="vertical">
      <TextAreaField
        schema={insertNoteSchema.shape.body}
        name="body"
        label={t("admin.components.notes.newNote")}
        input={{ rows: 3 }}
      />
      <Button type="primary" htmlType="submit" loading={isSaving}>
        {t("admin.components.notes.add")}
      </Button>
    </Form>
  );
}
