// A failed load said in words where the data would be, never a blank page: the database's or
// the network's message, and a button to ask again.
import { Alert, Button } from "antd";

interface LoadErrorProps {
  what: string;
  error: unknown;
  retry?: () => unknown;
}

/** @example <LoadError what="the audit log" error={query.error} retry={query.refetch} /> */
export function LoadError({ what, error, retry }: LoadErrorProps) {
  const message =
    error && typeof error === "object" && "message" in error ? String(error.message) : "";
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={`Could not load ${what}`}
      description={message || "The server did not answer. Check your connection and try again."}
      action={
        retry ? (
          <Button size="small" onClick={() => retry()}>
            Try again
          </Button>
        ) : null
      }
      style={{ marginBottom: 16 }}
    />
  );
}
