// The notification after a call made outside Refine's data hooks (an RPC, a storage call, a bulk
// action), which therefore notify nobody themselves: the success, or the failure with the server's
// words under it.
import { useNotification } from "@refinedev/core";

type Notice = (message: string, description?: string) => void;

/** @example const notice = useNotice(); if (error) { notice.failed(t("…failed"), error.message); return; } notice.done(t("…queued")); */
export function useNotice(): { done: Notice; failed: Notice } {
  const { open } = useNotification();
  const show =
    (type: "success" | "error"): Notice =>
    (message, description) =>
      open?.({ type, message, ...(description === undefined ? {} : { description }) });
  return { done: show("success"), failed: show("error") };
}
