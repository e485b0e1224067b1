// What a page of rows shows before its rows: a skeleton while they load, the failure in words
// when the read fails, and the empty text when there are none; the rows' own view only then.
import { Alert, Empty, Skeleton } from "antd";
import type { ReactNode } from "react";

interface RowsOrStateProps {
  /** Refine's query of the rows (`useList`'s or `useTable`'s). */
  query: { isLoading: boolean; isError: boolean };
  rows: readonly unknown[];
  /** What the failure and the empty list say. */
  says: { failed: string; empty: string };
  children: ReactNode;
}

/** @example <RowsOrState query={query} rows={result.data} says={{ failed, empty }}><Table …/></RowsOrState> */
export function RowsOrState({ query, rows, says, children }: RowsOrStateProps) {
  if (query.isLoading) {
    return <Skeleton active />;
  }
  if (query.isError) {
    return <Alert type="error" showIcon message={says.failed} />;
  }
  return rows.length === 0 ? <Empty description={says.empty} /> : children;
}
