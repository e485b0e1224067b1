// Retry for a failed email, after a confirmation: public.retry_notification puts it back in the
// queue (staff only, audited) and the outbox sends it as any other.
import type { OutboxEmail } from "@db/schema/email";
import { canRetryEmail } from "@db/status/outbox";
import { useInvalidate } from "@refinedev/core";
import { CallButton } from "../../components/actions/call-button";
import { useNotice } from "../../components/actions/use-notice";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";

export function RetryButton({ email }: { email: OutboxEmail }) {
  const invalidate = useInvalidate();
  const notice = useNotice();
  const t = useAdminT();
  if (!canRetryEmail(email.status)) {
    return null;
  }
  return (
    <CallButton
      question={t("admin.emailOutbox.retry.question")}
      description={t("admin.emailOutbox.retry.description", {
        template: email.template_key,
        recipient: email.recipient_email,
      })}
      isDanger={false}
      call={() => supabase.rpc("retry_notification", { notification_id: email.id })}
      failedMessage={t("admin.emailOutbox.retry.failed")}
      onDone={() => {
        notice.done(
          t("admin.emailOutbox.retry.queued"),
          t("admin.emailOutbox.retry.queuedText", { recipient: email.recipient_email }),
        );
        return invalidate({ resource: "outbox_emails", invalidates: ["list"] });
      }}
    >
      {t("admin.emailOutbox.retry.button")}
    </CallButton>
  );
}
