// The team's notes on a company, project or request, newest first, with who wrote each. Delete
// appears only for the note's author or an admin, as the notes delete policy allows.
import type { Note } from "@db/schema/notes";
import type { Profile } from "@db/schema/profiles";
import { useGetIdentity } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { Card, Space, Typography } from "antd";
import { useAdminT } from "../../i18n";
import { RemoveButton } from "../actions/remove-button";
import { DateTime } from "../list/date-time";
import { newestPostsWithAuthor, RelatedFeed } from "../list/related-list";
import { NoteForm } from "./note-form";
import { canDeleteNote } from "./note-permissions";
import type { NoteSubject } from "./note-subject";

type NoteWithAuthor = Note & { author: Pick<Profile, "full_name"> | null };

export function NotesCard({ subject }: { subject: NoteSubject }) {
  const { data: identity } = useGetIdentity<Identity>();
  const t = useAdminT();
  return (
    <Card title={t("admin.components.notes.title")} size="small">
      <NoteForm subject={subject} />
      <RelatedFeed<NoteWithAuthor>
        query={{ resource: "notes", of: [subject.column, subject.id], ...newestPostsWithAuthor }}
        emptyText={t("admin.components.notes.empty")}
        byline={(note) => (
          <Space size="small">
            <Typography.Text strong>
              {note.author?.full_name ?? t("admin.components.notes.formerAuthor")}
            </Typography.Text>
            <DateTime value={note.created_at} />
          </Space>
        )}
        body={(note) => note.body}
        actions={(note) =>
          canDeleteNote(identity, note)
            ? [
                <RemoveButton
                  key="delete"
                  resource="notes"
                  id={note.id}
                  label={t("buttons.delete")}
                  question={t("admin.components.notes.deleteQuestion")}
                  removedMessage={t("admin.components.notes.deleted")}
                />,
              ]
            : undefined
        }
      />
    </Card>
  );
}
