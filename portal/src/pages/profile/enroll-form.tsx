// Turning two-step sign-in on in the portal: the shared enrollment (supabase/client/mfa) as one
// narrow column under the profile's heading.
import type { Factor } from "@supabase/supabase-js";
import { useT } from "@supabase-client/i18n/locale-context";
import { EnrollSteps, FactorNameForm, FactorQrCode } from "@supabase-client/mfa/enroll-steps";
import { useEnrollment } from "@supabase-client/mfa/use-enrollment";
import { Flex, Typography } from "antd";
import { supabase } from "../../supabase";

export function EnrollForm({ factors, onChange }: { factors: Factor[]; onChange: () => unknown }) {
  const enrollment = useEnrollment(supabase, { factors, onChange });
  const { pending } = enrollment;
  const t = useT();

  if (!pending) {
    return (
      <FactorNameForm
        enrollment={enrollment}
        layout="vertical"
        submitLabel={t("portal.profile.setUpApp")}
      />
    );
  }

  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t("portal.profile.setUp", { name: pending.name })}</Typography.Text>
      <FactorQrCode pending={pending} size={180} />
      <EnrollSteps enrollment={enrollment} pending={pending} paragraphStyle={{ margin: 0 }} />
    </Flex>
  );
}
