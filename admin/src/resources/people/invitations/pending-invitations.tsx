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
import { roleLabels } from "../roles";
import { InviteModal } from "./invite-modal";
import { changeInvitation } from "./invite-user";

type InvitationRow = Invitation & { company: { name: string } | null };

function InvitationActions({ invitation }: { invitation: InvitationRow }) {
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [busy, setBusy] = useState<"resend" | "revoke" | null>(null);

  const change = async (action: "resend" | "revoke") => {
    setBusy(action);
    const answer = await changeInvitation(action, invitation.id);
    setBusy(null);
    if (!answer.ok) {
      void message.error(answer.message);
    } else {
      void message.success(
        action === "resend"
          ? `A new invitation went to ${invitation.email}; the previous link no longer works`
          : `The invitation of ${invitation.email} was revoked`,
      );
    }
    await invalidate({ resource: "invitations", invalidates: ["list"] });
    await invalidate({ resource: "profiles", invalidates: ["list"] });
  };

  return (
    <Space>
      <Button size="small" loading={busy === "resend"} onClick={() => void change("resend")}>
        Re-send
      </Button>
      <ConfirmButton
        question={`Revoke the invitation of ${invitation.email}?`}
        description="The link in their email stops working."
        isBusy={busy === "revoke"}
        onConfirm={() => change("revoke")}
      >
        Revoke
      </ConfirmButton>
    </Space>
  );
}

export function PendingInvitations() {
  const { data: me } = useGetIdentity<Identity>();
  const invalidate = useInvalidate();
  const [isInviting, setInviting] = useState(false);
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
      title="Pending invitations"
      style={{ marginTop: 24 }}
      extra={
        <Button type="primary" onClick={() => setInviting(true)}>
          Invite someone
        </Button>
      }
    >
      <RelatedTable<InvitationRow>
        resource="invitations"
        of={["status", "pending"]}
        sort="created_at.desc"
        select="*, company:companies(name)"
        emptyText="No pending invitations. Invite a team member or a client contact by email."
        columns={[
          column.text("email", "Email"),
          column.optional("full_name", "Name"),
          column.status("role", roleLabels, "Role"),
          column.related("Company", (invitation) => invitation.company?.name),
          column.moment("last_sent_at", "Last sent"),
          column.text("sent_count", "Emails"),
          column.actions((invitation) => <InvitationActions invitation={invitation} />),
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
