// Removing an authenticator app, after a confirmation; both apps' factor lists show it per row.
import type { Factor, SupabaseClient } from "@supabase/supabase-js";
import { App, Button, Popconfirm } from "antd";
import { useT } from "../i18n/locale-context";
import { englishT, type Translator } from "../i18n/provider";

/** A factor's name as the person gave it, or a plain one. */
export const factorName = (factor: Factor, t: Translator = englishT) =>
  factor.friendly_name ?? t("mfa.appName");

interface RemoveFactorButtonProps {
  supabase: SupabaseClient;
  factor: Factor;
  /** Called once Auth has removed it, to reload the list. */
  onRemoved: () => unknown;
}

export function RemoveFactorButton({ supabase, factor, onRemoved }: RemoveFactorButtonProps) {
  const { message } = App.useApp();
  const t = useT();

  const remove = async () => {
    const { error } = await supabase.auth.mfa.unenroll({ factorId: factor.id });
    if (error) {
      void message.error(error.message);
      return;
    }
    void message.success(t("mfa.removed", { name: factorName(factor, t) }));
    onRemoved();
  };

  return (
    <Popconfirm
      title={t("mfa.removeTitle", { name: factor.friendly_name ?? t("mfa.thisApp") })}
      description={t("mfa.removeText")}
      okText={t("mfa.remove")}
      okButtonProps={{ danger: true }}
      onConfirm={remove}
    >
      <Button danger size="small">
        {t("mfa.remove")}
      </Button>
    </Popconfirm>
  );
}
