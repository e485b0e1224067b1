// "Send test": queues this template, in this language, to the signed-in staff member's own
// address with the preview's sample data (public.send_test_email), so the real outbox, renderer
// and mail provider are what is tested.
import type { EmailTemplate } from "@db/schema/email";
import { Button, Popconfirm } from "antd";
import { useState } from "react";
import { useNotice } from "../../components/actions/use-notice";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";
import { sampleData } from "./sample-data";

type Subject = Pick<EmailTemplate, "key" | "locale">;

export function SendTestButton({ template }: { template: Subject }) {
  const [isPending, setPending] = useState(false);
  const notice = useNotice();
  const t = useAdminT();
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
      notice.failed(t("admin.emailTemplates.test.failed"), error.message);
      return;
    }
    notice.done(
      t("admin.emailTemplates.test.queued"),
      t("admin.emailTemplates.test.queuedText", { recipient: data.recipient_email }),
    );
  };
  return (
    <Popconfirm
      title={t("admin.emailTemplates.test.question")}
      description={t("admin.emailTemplates.test.description")}
      okText={t("admin.emailTemplates.test.button")}
      onConfirm={send}
    >
      <Button loading={isPending}>{t("admin.emailTemplates.test.button")}</Button>
    </Popconfirm>
  );
}
