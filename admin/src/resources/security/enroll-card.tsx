// Adding an authenticator app in the admin: the shared enrollment (supabase/client/mfa) in cards,
// the QR code beside the steps.
import type { Factor } from "@supabase/supabase-js";
import { EnrollSteps, FactorNameForm, FactorQrCode } from "@supabase-client/mfa/enroll-steps";
import { useEnrollment } from "@supabase-client/mfa/use-enrollment";
import { Card, Flex, Typography } from "antd";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";

export interface EnrollCardProps {
  factors: Factor[];
  onChange: () => unknown;
  /** Called once the new factor is verified (the session is then at aal2). */
  onVerified?: () => unknown;
  /** The first card's heading (default "Add an authenticator app"). */
  title?: string;
}

export function EnrollCard({ factors, onChange, onVerified, title }: EnrollCardProps) {
  const enrollment = useEnrollment(supabase, { factors, onChange, onVerified });
  const { pending } = enrollment;
  const t = useAdminT();

  if (!pending) {
    return (
      <Card title={title ?? t("admin.security.enroll.title")}>
        <Typography.Paragraph type="secondary">
          {t("admin.security.enroll.text")}
        </Typography.Paragraph>
        <FactorNameForm
          enrollment={enrollment}
          layout="inline"
          submitLabel={t("admin.security.enroll.setUp")}
        />
      </Card>
    );
  }

  return (
    <Card title={t("admin.security.enroll.setUpName", { name: pending.name })}>
      <Flex gap={24} wrap>
        <FactorQrCode pending={pending} size={200} />
        <div style={{ flex: "1 1 260px" }}>
          <EnrollSteps enrollment={enrollment} pending={pending} />
        </div>
      </Flex>
    </Card>
  );
}
