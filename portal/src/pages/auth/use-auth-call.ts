// One call to supabase-js's Auth from a form: busy while it runs, and Auth's refusal in words the
// client can act on (explainAuthError) in place of the last one, or on to what follows success.
import { useT } from "@supabase-client/i18n/locale-context";
import { useState } from "react";
import { type AuthFailure, explainAuthError } from "./explain-error";

/**
 * @example
 * const { run, error, isBusy } = useAuthCall();
 * const submit = ({ password }) => run(() => supabase.auth.updateUser({ password }), onDone);
 */
export function useAuthCall() {
  const [error, setError] = useState("");
  const [isBusy, setBusy] = useState(false);
  const t = useT();

  const run = async <R extends { error: AuthFailure | null }>(
    call: () => Promise<R>,
    onSuccess: (answer: R) => void,
  ) => {
    setBusy(true);
    setError("");
    const answer = await call();
    setBusy(false);
    if (answer.error) {
      setError(explainAuthError(t, answer.error));
      return;
    }
    onSuccess(answer);
  };

  return { run, error, isBusy };
}
