// Calling a function outside Refine's data hooks (an RPC) after a confirmation: busy while it
// runs, a refusal noticed with the server's words, and what it answered handed to onDone.
import type { PostgrestSingleResponse } from "@supabase/supabase-js";
import { useState } from "react";
import { ConfirmButton, type ConfirmButtonProps } from "./confirm-button";
import { useNotice } from "./use-notice";

interface CallButtonProps<T> extends Omit<ConfirmButtonProps, "onConfirm" | "isBusy"> {
  call: () => PromiseLike<PostgrestSingleResponse<T>>;
  /** The error notification's title; the server's message goes under it. */
  failedMessage: string;
  /** After a success: its notification, a refresh. */
  onDone: (data: T) => unknown;
}

/**
 * @example <CallButton question="Retry?" call={() => supabase.rpc("retry_notification", args)}
 *   failedMessage="Not retried" onDone={() => notice.done("Queued")} isDanger={false}>Retry</CallButton>
 */
export function CallButton<T>({ call, failedMessage, onDone, ...confirm }: CallButtonProps<T>) {
  const [isBusy, setBusy] = useState(false);
  const notice = useNotice();
  const run = async () => {
    setBusy(true);
    let answer: PostgrestSingleResponse<T>;
    try {
      answer = await call();
    } finally {
      // A dropped network rejects rather than answering an error: the button must not stay busy.
      setBusy(false);
    }
    if (answer.error) {
      notice.failed(failedMessage, answer.error.message);
      return;
    }
    await onDone(answer.data);
  };
  return <ConfirmButton {...confirm} isBusy={isBusy} onConfirm={run} />;
}
