// Writing a note on a company, project or request. There is no notes schema in db/validation, so the body is checked
// with the shared text rule at the database's length limit. The author is not sent: the column
// defaults to auth.uid(), which the insert policy requires it to equal.
import { limits } from "@db/limits";
import type { Note } from "@db/schema/notes";
import { requiredText } from "@db/validation/fields";
import { useCreate } from "@refinedev/core";
import { fieldErrors, zodRule } from "@supabase-client/zod-form";
import { Button, Form, Input } from "antd";
import type { NoteSubject } from "./note-subject";

const noteBody = requiredText("Note", limits.body);

type NoteFormValues = Pick<Note, "body">;

export function NoteForm({ subject }: { subject: NoteSubject }) {
  const [form] = Form.useForm<NoteFormValues>();
  const { mutate, mutation } = useCreate<Note>();

  const onFinish = ({ body }: NoteFormValues) => {
    const parsed = noteBody.safeParse(body);
    if (!parsed.success) {
      form.setFields(
        fieldErrors(parsed.error).map((error) => ({ ...error, name: ["body"] })) as Parameters<
          typeof form.setFields
        >[0],
      );
      return;
    }
    mutate(
      {
        resource: "notes",
        values: { [subject.column]: subject.id, body: parsed.data },
        successNotification: { type: "success", message: "Note added" },
      },
      { onSuccess: () => form.resetFields() },
    );
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish}>
      <Form.Item label="New note" name="body" required rules={[zodRule(noteBody)]}>
        <Input.TextArea rows={3} maxLength={limits.body} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        Add note
      </Button>
    </Form>
  );
}
