// Retry for a failed email, after a confirmation: public.retry_notification puts it back in the
// queue (staff only, audited) and the outbox sends it as any other.
import type { OutboxEmail } from "@db/schema/email";
import { canRetryEmail } from "@db/status/outbox";
import { useInvalidate, useNotification } from "@refinedev/core";
import { Button, Popconfirm } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";

export function RetryButton({ email }: { email: OutboxEmail }) {
  const [isPending, setPending] = useState(false);
  const invalidate = useInvalidate();
  const { open } = useNotification();
  if (!canRetryEmail(email.status)) {
    return null;
  }
  const retry = async () => {
    setPending(true);
    const { error } = await supabase.rpc("retry_notification", { notification_id: email.id });
    setPending(false);
    if (error) {
      open?.({ type: "error", message: "Could not retry the email", description: error.message });
      return;
    }
    open?.({
      type: "success",
      message: "Email queued again",
      description: `It goes to ${email.recipient_email} with the next outbox run.`,
    });
    await invalidate({ resource: "outbox_emails", invalidates: ["list"] });
  };
  return (
    <Popconfirm
      title="Send this email again?"
      description={`${email.template_key} to ${email.recipient_email} goes back into the queue.`}
      okText="Retry"
      onConfirm={retry}
    >
      <Button size="small" loading={isPending}>
        Retry
      </Button>
    </Popconfirm>
  );
}
