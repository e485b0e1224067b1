// A page only signed-in people reach; everyone else goes to the sign-in page.

import { portalPaths } from "@db/routes/portal";
import { Authenticated } from "@refinedev/core";
import type { ReactNode } from "react";
import { Navigate } from "react-router";

/** `name` keys Refine's check per page, so moving between pages re-runs it. */
export function SignedIn({ name, children }: { name: string; children: ReactNode }) {
  return (
    <Authenticated key={name} fallback={<Navigate to={portalPaths.login} replace />}>
      {children}
    </Authenticated>
  );
}
