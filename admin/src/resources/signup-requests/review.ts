// The sign-up requests list's tabs, the work queue first, in the shared status words.
import type { SignupRequest } from "@db/schema/signup-requests";

type Status = SignupRequest["status"];

export type Tab = Status | "all";

const tabOrder: readonly Status[] = ["confirmed", "pending", "approved", "rejected"];

/**
 * The list's tabs, the work queue first.
 * @param word a status's word (useStatusWords().word); `all` the "All" tab's.
 */
export function statusTabs(
  word: (group: "signupRequest", value: Status) => string,
  all: string,
): { key: Tab; label: string }[] {
  return [
    ...tabOrder.map((key) => ({ key, label: word("signupRequest", key) })),
    { key: "all", label: all },
  ];
}
