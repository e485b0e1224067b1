// An admin resets a staff member's two-step sign-in (they lost their phone): after a confirmation
// the reset-mfa edge function removes their authenticator apps, logs it and emails them. Shown
// only to admins, on someone else who is staff; the function and the database check it again.

import { useGetIdentity } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { functionErrorMessage } from "@supabase-client/function-error";
import { useT } from "@supabase-client/i18n/locale-context";
import { App, Button, Modal, Typography } from "antd";
import { useState } from "react";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";
import { displayName, type PersonRow } from "./person-row";

export function ResetMfaButton({ person }: { person: PersonRow }) {
  const { message } = App.useApp();
  const { data: me } = useGetIdentity<Identity>();
  const [isOpen, setOpen] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const t = useAdminT();
  const shared = useT();

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
    const count = data?.removed ?? 0;
    void message.success(
      t(count === 1 ? "admin.people.resetMfa.doneOne" : "admin.people.resetMfa.doneMany", {
        name,
        count,
      }),
    );
  };

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t("admin.people.resetMfa.button")}
      </Button>
      <Modal
        open={isOpen}
        title={t("admin.people.resetMfa.question", { name })}
        okText={t("admin.people.resetMfa.ok")}
        cancelText={shared("common.cancel")}
        okButtonProps={{ danger: true, loading: isBusy }}
        cancelButtonProps={{ disabled: isBusy }}
        onOk={() => void reset()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>{t("admin.people.resetMfa.effect", { name })}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          {t("admin.people.resetMfa.caution", { email: person.email })}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
