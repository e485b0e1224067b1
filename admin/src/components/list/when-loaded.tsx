// What a read shows once it has answered: its content, or, when it failed, the failure in words
// with a retry in the content's place, so every table says it the same way.
import type { ReactNode } from "react";
import { LoadError } from "./load-error";

export interface WhenLoadedProps {
  /** What was being read, e.g. "the audit log"; shown as "Could not load the audit log". */
  what: string;
  query: { isError: boolean; error: unknown; refetch: () => unknown };
  children: ReactNode;
}

/** @example <WhenLoaded what="the outbox" query={tableQuery}><EmailTable … /></WhenLoaded> */
export function WhenLoaded({ what, query, children }: WhenLoadedProps) {
  return query.isError ? (
    <LoadError what={what} error={query.error} retry={query.refetch} />
  ) : (
    children
  );
}
