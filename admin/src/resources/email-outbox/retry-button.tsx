// Retry for a failed email, after a confirmation: public.retry_notification puts it back in the
// queue (staff only, audited) and the outbox sends it as any other.
import type { OutboxEmail } from "@db/schema/email";
import { canRetryEmail } from "@db/status/outbox";
import { useInvalidate } from "@refinedev/core";
import { Button, Popconfirm } from "antd";
import { useState } from "react";
import { useNotice } from "../../components/actions/use-notice";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";

export function RetryButton({ email }: { email: OutboxEmail }) {
  const [isPending, setPending] = useState(false);
  const invalidate = useInvalidate();
  const notice = useNotice();
  const t = useAdminT();
  if (!canRetryEmail(email.status)) {
    return null;
  }
  const retry = async () => {
    setPending(true);
    const { error } = await supabase.rpc("retry_notification", { notification_id: email.id });
    setPending(false);
    if (error) {
      notice.failed(t("admin.emailOutbox.retry.failed"), error.message);
      return;
    }
    notice.done(
      t("admin.emailOutbox.retry.queued"),
      t("admin.emailOutbox.retry.queuedText", { recipient: email.recipient_email }),
    );
    await invalidate({ resource: "outbox_emails", invalidates: ["list"] });
  };
  return (
    <Popconfirm
      title={t("admin.emailOutbox.retry.question")}
      description={t("admin.emailOutbox.retry.description", {
        template: email.template_key,
        recipient: email.recipient_email,
      })}
      okText={t("admin.emailOutbox.retry.button")}
      onConfirm={retry}
    >
      <Button size="small" loading={isPending}>
        {t("admin.emailOutbox.retry.button")}
      </Button>
    </Popconfirm>
  );
}
