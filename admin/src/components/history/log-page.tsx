// The two log pages (audit log, email outbox) share their frame: a table read newest first, 25
// a page, its filters kept in the URL, the filter boxes above it and a failed read said in words.
import { List, useTable } from "@refinedev/antd";
import type { BaseRecord } from "@refinedev/core";
import { Form, type FormInstance, Space } from "antd";
import type { ReactNode } from "react";
import { WhenLoaded } from "../list/when-loaded";

/**
 * A log's table, newest first by `newestBy`; `refetchInterval` asks again every so many ms for a
 * source without a realtime feed.
 * @example useLogTable<AuditEntry>("audit_entries", "id")
 */
export function useLogTable<T extends BaseRecord>(
  resource: string,
  newestBy: string,
  refetchInterval?: number,
) {
  return useTable<T>({
    resource,
    syncWithLocation: true,
    sorters: { permanent: [{ field: newestBy, order: "desc" }] },
    pagination: { pageSize: 25 },
    ...(refetchInterval ? { queryOptions: { refetchInterval } } : {}),
  });
}

interface LogPageProps {
  title: string;
  /** What the table holds, for the failure message: "Could not load the outbox". */
  what: string;
  query: { isError: boolean; error: unknown; refetch: () => unknown };
  /** useTable's search form: it writes URL filters into it, and antd warns when it is unconnected. */
  searchForm: FormInstance | undefined;
  /** The filter boxes above the table. */
  filters: ReactNode;
  children: ReactNode;
}

export function LogPage({ title, what, query, searchForm, filters, children }: LogPageProps) {
  return (
    <List title={title}>
      <Form form={searchForm} component={false} />
      <Space wrap style={{ marginBottom: 16 }}>
        {filters}
      </Space>
      <WhenLoaded what={what} query={query}>
        {children}
      </WhenLoaded>
    </List>
  );
}
