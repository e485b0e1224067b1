// A failed load said in words where the data would be, never a blank page: the database's or
// the network's message, and a button to ask again.
import { useT } from "@supabase-client/i18n/locale-context";
import { Alert, Button } from "antd";
import { useAdminT } from "../../i18n";

interface LoadErrorProps {
  what: string;
  error: unknown;
  retry?: () => unknown;
}

/** @example <LoadError what="the audit log" error={query.error} retry={query.refetch} /> */
export function LoadError({ what, error, retry }: LoadErrorProps) {
  const t = useAdminT();
  const shared = useT();
  const message =
    error && typeof error === "object" && "message" in error ? String(error.message) : "";
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={t("admin.components.list.loadFailed", { what })}
      description={message || t("admin.components.list.noAnswer")}
      action={
        retry ? (
          <Button size="small" onClick={() => retry()}>
            {shared("common.tryAgain")}
          </Button>
        ) : null
      }
      style={{ marginBottom: 16 }}
    />
  );
}
