// The sign-up requests list's tabs, the work queue first, in db/status's words.
import type { SignupRequest } from "@db/schema/signup-requests";
import { signupStatusLabels } from "@db/status/signup-requests";

type Status = SignupRequest["status"];

const tabOrder: readonly Status[] = ["confirmed", "pending", "approved", "rejected"];

/** The list's tabs, the work queue first. */
export const statusTabs: { key: Status | "all"; label: string }[] = [
  ...tabOrder.map((key) => ({ key, label: signupStatusLabels[key].label })),
  { key: "all", label: "All" },
];
