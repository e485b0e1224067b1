// The team's notes on a company, project or request, newest first, with who wrote each. Delete appears only for the
// note's author or an admin, as the notes delete policy allows.
import type { Note } from "@db/schema/notes";
import type { Profile } from "@db/schema/profiles";
import { useDelete, useGetIdentity, useList } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { Button, Card, Empty, List, Popconfirm, Space, Typography } from "antd";
import { DateTime } from "../list/date-time";
import { NoteForm } from "./note-form";
import { canDeleteNote } from "./note-permissions";
import type { NoteSubject } from "./note-subject";

type NoteWithAuthor = Note & { author: Pick<Profile, "full_name"> | null };

export function NotesCard({ subject }: { subject: NoteSubject }) {
  const { data: identity } = useGetIdentity<Identity>();
  const { result, query } = useList<NoteWithAuthor>({
    resource: "notes",
    filters: [{ field: subject.column, operator: "eq", value: subject.id }],
    sorters: [{ field: "created_at", order: "desc" }],
    pagination: { pageSize: 50 },
    meta: { select: "*, author:profiles!author_id(full_name)" },
  });
  const { mutate: remove, mutation: removing } = useDelete<Note>();

  const deleteNote = (note: Note) =>
    remove({
      resource: "notes",
      id: note.id,
      successNotification: { type: "success", message: "Note deleted" },
    });

  return (
    <Card title="Notes" size="small">
      <NoteForm subject={subject} />
      <List<NoteWithAuthor>
        itemLayout="vertical"
        loading={query.isLoading}
        dataSource={result.data}
        rowKey="id"
        locale={{ emptyText: <Empty description="No notes yet." /> }}
        renderItem={(note) => (
          <List.Item
            actions={
              canDeleteNote(identity, note)
                ? [
                    <Popconfirm
                      key="delete"
                      title="Delete this note?"
                      okText="Delete"
                      okButtonProps={{ danger: true, loading: removing.isPending }}
                      onConfirm={() => deleteNote(note)}
                    >
                      <Button size="small" danger>
                        Delete
                      </Button>
                    </Popconfirm>,
                  ]
                : undefined
            }
          >
            <List.Item.Meta
              description={
                <Space size="small">
                  <Typography.Text strong>
                    {note.author?.full_name ?? "someone no longer here"}
                  </Typography.Text>
                  <DateTime value={note.created_at} />
                </Space>
              }
            />
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
              {note.body}
            </Typography.Paragraph>
          </List.Item>
        )}
      />
    </Card>
  );
}
