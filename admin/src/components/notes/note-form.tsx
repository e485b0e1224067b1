// Writing a note on a company, project or request, checked by db/validation's note schema.
import { limits } from "@db/limits";
import type { Note } from "@db/schema/notes";
import { insertNoteSchema } from "@db/validation/notes";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { zodRule } from "@supabase-client/forms/zod-rule";
import { Button, Form, Input } from "antd";
import type { NoteSubject } from "./note-subject";

export function NoteForm({ subject }: { subject: NoteSubject }) {
  const { formProps, isSaving } = useRecordForm(insertNoteSchema, {
    resource: "notes",
    prepare: (values: Pick<Note, "body">) => ({ ...values, [subject.column]: subject.id }),
    savedMessage: () => "Note added",
  });
  return (
    <Form {...formProps} layout="vertical">
      <Form.Item
        label="New note"
        name="body"
        required
        rules={[zodRule(insertNoteSchema.shape.body)]}
      >
        <Input.TextArea rows={3} maxLength={limits.body} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={isSaving}>
        Add note
      </Button>
    </Form>
  );
}
