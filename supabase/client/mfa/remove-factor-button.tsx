// Removing an authenticator app, after a confirmation; both apps' factor lists show it per row.
import type { Factor, SupabaseClient } from "@supabase/supabase-js";
import { App, Button, Popconfirm } from "antd";

/** A factor's name as the person gave it, or a plain one. */
export const factorName = (factor: Factor) => factor.friendly_name ?? "Authenticator app";

interface RemoveFactorButtonProps {
  supabase: SupabaseClient;
  factor: Factor;
  /** Called once Auth has removed it, to reload the list. */
  onRemoved: () => unknown;
}

export function RemoveFactorButton({ supabase, factor, onRemoved }: RemoveFactorButtonProps) {
  const { message } = App.useApp();

  const remove = async () => {
    const { error } = await supabase.auth.mfa.unenroll({ factorId: factor.id });
    if (error) {
      void message.error(error.message);
      return;
    }
    void message.success(`${factorName(factor)} removed`);
    onRemoved();
  };

  return (
    <Popconfirm
      title={`Remove ${factor.friendly_name ?? "this authenticator app"}?`}
      description="Signing in will no longer ask for its code."
      okText="Remove"
      okButtonProps={{ danger: true }}
      onConfirm={remove}
    >
      <Button danger size="small">
        Remove
      </Button>
    </Popconfirm>
  );
}
