// An admin resets a staff member's two-step sign-in (they lost their phone): after a confirmation
// the reset-mfa edge function removes their authenticator apps, logs it and emails them. Shown
// only to admins, on someone else who is staff; the function and the database check it again.

import { useGetIdentity } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { functionErrorMessage } from "@supabase-client/function-error";
import { App, Button, Modal, Typography } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";
import { displayName, type PersonRow } from "./person-row";

export function ResetMfaButton({ person }: { person: PersonRow }) {
  const { message } = App.useApp();
  const { data: me } = useGetIdentity<Identity>();
  const [isOpen, setOpen] = useState(false);
  const [isBusy, setBusy] = useState(false);

  const isStaff = person.role === "team" || person.role === "admin";
  if (me?.role !== "admin" || me.id === person.id || !isStaff) {
    return null;
  }
  const name = displayName(person);

  const reset = async () => {
    setBusy(true);
    const { data, error } = await supabase.functions.invoke<{ removed: number }>("reset-mfa", {
      body: { user_id: person.id },
    });
    setBusy(false);
    setOpen(false);
    if (error) {
      void message.error(await functionErrorMessage(error));
      return;
    }
    const apps =
      data?.removed === 1 ? "1 authenticator app" : `${data?.removed} authenticator apps`;
    void message.success(`${name}'s two-step sign-in was reset (${apps} removed); we emailed them`);
  };

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        Reset two-step sign-in
      </Button>
      <Modal
        open={isOpen}
        title={`Reset ${name}'s two-step sign-in?`}
        okText="Reset"
        okButtonProps={{ danger: true, loading: isBusy }}
        cancelButtonProps={{ disabled: isBusy }}
        onOk={() => void reset()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>
          Every authenticator app {name} has set up stops working for Atrium. They sign in with
          their password next time and set up an app again.
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          Do this only when you are sure it is them asking (for example, they lost their phone). The
          reset is written to the audit log and {person.email} gets an email about it.
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
