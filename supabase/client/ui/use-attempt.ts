// A click that asks the server for something (a signed URL, a download): busy while it runs, and
// the failure in words when it throws, cleared by the next try.
import { useState } from "react";

/** @example const download = useAttempt(); download.run(fetchIt, () => "Could not download") */
export function useAttempt() {
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>, failed: (failure: unknown) => string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failed(failure));
    } finally {
      setBusy(false);
    }
  };
  return { isBusy, error, run };
}
