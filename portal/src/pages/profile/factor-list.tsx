// The client's authenticator apps, each removable after a confirmation.
import type { Factor } from "@supabase/supabase-js";
import { useFormat, useT } from "@supabase-client/i18n/locale-context";
import { factorName, RemoveFactorButton } from "@supabase-client/mfa/remove-factor-button";
import type { FactorsState } from "@supabase-client/mfa/use-factors";
import { List, Tag, Typography } from "antd";
import { supabase } from "../../supabase";

type FactorsView = Pick<FactorsState, "factors" | "isLoading" | "reload">;

/** The factors as useFactors gives them; `reload` runs after a removal. */
export function FactorList({ factors, isLoading, reload }: FactorsView) {
  const active = factors.filter((factor) => factor.status === "verified");
  const t = useT();
  const format = useFormat();
  if (!isLoading && active.length === 0) {
    // Plain text rather than antd's empty state, whose faint grey fails the 4.5:1 contrast.
    return <Typography.Paragraph>{t("portal.profile.mfaOff")}</Typography.Paragraph>;
  }
  return (
    <List<Factor>
      loading={isLoading}
      dataSource={active}
      renderItem={(factor) => (
        <List.Item
          actions={[
            <RemoveFactorButton
              key="remove"
              supabase={supabase}
              factor={factor}
              onRemoved={reload}
            />,
          ]}
        >
          <List.Item.Meta
            title={
              <>
                {factorName(factor, t)} <Tag color="green">{t("portal.profile.active")}</Tag>
              </>
            }
            description={
              <Typography.Text type="secondary">
                {t("portal.profile.added", { date: format.date(factor.created_at) })}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );
}
