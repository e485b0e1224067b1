// Under each build the client can see: "Send feedback" opens the form, and their own past
// feedback on that build is listed below it.
import { useGetIdentity } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { useT } from "@supabase-client/i18n/locale-context";
import { Button } from "antd";
import { useState } from "react";
import { FeedbackForm } from "./feedback-form";
import { MyFeedback } from "./my-feedback";

export function BuildFeedback({ buildId, version }: { buildId: string; version: string }) {
  const { data: identity } = useGetIdentity<Identity>();
  const [isOpen, setIsOpen] = useState(false);
  const t = useT();
  if (!identity) {
    return null;
  }
  return (
    <div style={{ marginTop: 12 }}>
      {isOpen ? (
        <FeedbackForm
          buildId={buildId}
          version={version}
          profileId={identity.id}
          onSent={() => setIsOpen(false)}
        />
      ) : (
        <Button
          onClick={() => setIsOpen(true)}
          aria-label={t("portal.beta.sendFeedbackOn", { version })}
        >
          {t("portal.beta.sendFeedback")}
        </Button>
      )}
      <MyFeedback buildId={buildId} profileId={identity.id} />
    </div>
  );
}
