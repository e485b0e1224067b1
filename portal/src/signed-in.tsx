// A page only signed-in people reach; everyone else goes where the authProvider's check says:
// the sign-in page, or the authenticator code step when only the password was given.

import { Authenticated } from "@refinedev/core";
import type { ReactNode } from "react";

/** `name` keys Refine's check per page, so moving between pages re-runs it. */
export function SignedIn({ name, children }: { name: string; children: ReactNode }) {
  return (
    <Authenticated key={name} appendCurrentPathToQuery={false}>
      {children}
    </Authenticated>
  );
}
