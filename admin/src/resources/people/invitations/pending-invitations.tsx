// The invitations nobody has accepted yet, under the people list (admins only): who, as what,
// when, with Re-send (a new link; the old one stops working) and Revoke (confirmed; the link
// stops working and the unused account goes), and the button that opens the invite form.
import type { Invitation } from "@db/schema/invitations";
import { useGetIdentity, useInvalidate } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { App, Button, Card, Space } from "antd";
import { useState } from "react";
import { ConfirmButton } from "../../../components/actions/confirm-button";
import * as column from "../../../components/list/columns";
import { RelatedTable } from "../../../components/list/related-list";
import { useAdminT } from "../../../i18n";
import { roleLabels } from "../roles";
import { InviteModal } from "./invite-modal";
import { changeInvitation } from "./invite-user";

type InvitationRow = Invitation & { company: { name: string } | null };

function InvitationActions({ invitation }: { invitation: InvitationRow }) {
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [busy, setBusy] = useState<"resend" | "revoke" | null>(null);
  const t = useAdminT();

  const change = async (action: "resend" | "revoke") => {
    setBusy(action);
    const answer = await changeInvitation(action, invitation.id);
    setBusy(null);
    if (!answer.ok) {
      void message.error(answer.message);
    } else {
      void message.success(
        t(
          action === "resend"
            ? "admin.people.invitations.resent"
            : "admin.people.invitations.revoked",
          { email: invitation.email },
        ),
      );
    }
    await invalidate({ resource: "invitations", invalidates: ["list"] });
    await invalidate({ resource: "profiles", invalidates: ["list"] });
  };

  return (
    <Space>
      <Button size="small" loading={busy === "resend"} onClick={() => void change("resend")}>
        {t("admin.people.invitations.resend")}
      </Button>
      <ConfirmButton
        question={t("admin.people.invitations.revokeQuestion", { email: invitation.email })}
        description={t("admin.people.invitations.revokeText")}
        isBusy={busy === "revoke"}
        onConfirm={() => change("revoke")}
      >
        {t("admin.people.invitations.revoke")}
      </ConfirmButton>
    </Space>
  );
}

export function PendingInvitations() {
  const { data: me } = useGetIdentity<Identity>();
  const invalidate = useInvalidate();
  const [isInviting, setInviting] = useState(false);
  const t = useAdminT();
  if (me?.role !== "admin") {
    return null;
  }
  const invited = async () => {
    setInviting(false);
    await invalidate({ resource: "invitations", invalidates: ["list"] });
    await invalidate({ resource: "profiles", invalidates: ["list"] });
  };

  return (
    <Card
      title={t("admin.people.invitations.title")}
      style={{ marginTop: 24 }}
      extra={
        <Button type="primary" onClick={() => setInviting(true)}>
          {t("admin.people.invitations.invite")}
        </Button>
      }
    >
      <RelatedTable<InvitationRow>
        query={{
          resource: "invitations",
          of: ["status", "pending"],
          sort: "created_at.desc",
          select: "*, company:companies(name)",
        }}
        emptyText={t("admin.people.invitations.empty")}
        columns={[
          column.text("email", t("admin.people.list.email")),
          column.optional("full_name", t("admin.people.list.name")),
          column.status("role", roleLabels(t), t("admin.people.list.role")),
          column.related(t("admin.people.list.company"), (invitation) => invitation.company?.name),
          column.moment("last_sent_at", t("admin.people.invitations.lastSent")),
          column.text("sent_count", t("admin.people.invitations.emails")),
          column.actions(
            (invitation) => <InvitationActions invitation={invitation} />,
            t("admin.people.list.actions"),
          ),
        ]}
      />
      <InviteModal
        isOpen={isInviting}
        onClose={() => setInviting(false)}
        onInvited={() => void invited()}
      />
    </Card>
  );
}
