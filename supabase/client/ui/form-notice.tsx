// The message a form shows above its button after a try: what went wrong, or what was sent and
// where. It draws nothing while there is nothing to say, so a form places it unconditionally.
import { Alert } from "antd";

interface FormNoticeProps {
  type: "error" | "success";
  /** The headline; empty (or not yet known) draws nothing. */
  message: string | null | undefined | false;
  description?: string;
}

/** @example <FormNotice type="success" message={sentTo && t("auth.forgot.sent", { email: sentTo })} /> */
export function FormNotice({ type, message, description }: FormNoticeProps) {
  return message ? (
    <Alert
      type={type}
      showIcon
      message={message}
      {...(description ? { description } : {})}
      style={{ marginBottom: 16 }}
    />
  ) : null;
}
