// "Send test": queues this template, in this language, to the signed-in staff member's own
// address with the preview's sample data (public.send_test_email), so the real outbox, renderer
// and mail provider are what is tested.
import type { EmailTemplate } from "@db/schema/email";
import { useNotification } from "@refinedev/core";
import { Button, Popconfirm } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";
import { sampleData } from "./sample-data";

type Subject = Pick<EmailTemplate, "key" | "locale">;

export function SendTestButton({ template }: { template: Subject }) {
  const [isPending, setPending] = useState(false);
  const { open } = useNotification();
  const send = async () => {
    setPending(true);
    const { data, error } = await supabase
      .rpc("send_test_email", {
        template_key: template.key,
        template_locale: template.locale,
        sample: sampleData,
      })
      .select("recipient_email")
      .single();
    setPending(false);
    if (error) {
      open?.({ type: "error", message: "Could not send the test", description: error.message });
      return;
    }
    open?.({
      type: "success",
      message: "Test email queued",
      description: `It goes to ${data.recipient_email}, with the saved version of this template.`,
    });
  };
  return (
    <Popconfirm
      title="Send a test of this template?"
      description="The saved version goes to your own address, filled with the sample data."
      okText="Send test"
      onConfirm={send}
    >
      <Button loading={isPending}>Send test</Button>
    </Popconfirm>
  );
}
