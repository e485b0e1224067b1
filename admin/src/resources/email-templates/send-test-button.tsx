// "Send test": queues this template, in this language, to the signed-in staff member's own
// address with the preview's sample data (public.send_test_email), so the real outbox, renderer
// and mail provider are what is tested.
import type { EmailTemplate } from "@db/schema/email";
import { CallButton } from "../../components/actions/call-button";
import { useNotice } from "../../components/actions/use-notice";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";
import { sampleData } from "./sample-data";

type Subject = Pick<EmailTemplate, "key" | "locale">;

export function SendTestButton({ template }: { template: Subject }) {
  const notice = useNotice();
  const t = useAdminT();
  return (
    <CallButton
      question={t("admin.emailTemplates.test.question")}
      description={t("admin.emailTemplates.test.description")}
      isDanger={false}
      size="middle"
      call={() =>
        supabase
          .rpc("send_test_email", {
            template_key: template.key,
            template_locale: template.locale,
            sample: sampleData,
          })
          .select("recipient_email")
          .single()
      }
      failedMessage={t("admin.emailTemplates.test.failed")}
      onDone={(sent) =>
        notice.done(
          t("admin.emailTemplates.test.queued"),
          t("admin.emailTemplates.test.queuedText", { recipient: sent.recipient_email }),
        )
      }
    >
      {t("admin.emailTemplates.test.button")}
    </CallButton>
  );
}
