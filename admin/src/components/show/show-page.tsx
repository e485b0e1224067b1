// A record's page: Refine's useShow for the record the route names, the header with the back
// arrow and its title, and the page's sections stacked below once the record is there.
import { Show } from "@refinedev/antd";
import { type BaseRecord, useShow } from "@refinedev/core";
import { Space } from "antd";
import type { ReactNode } from "react";
import { useAdminT } from "../../i18n";
import { backIcon } from "../layout/back-icon";
import { LoadError } from "../list/load-error";

interface ShowPageProps<T> {
  /** PostgREST's `select`, to embed related names. */
  select?: string;
  /** Shows a colleague's change at once (Refine's live mode). */
  isLive?: boolean;
  title: (record: T) => string;
  /** The title while the record loads. */
  untitled: string;
  /** Without it, Refine's default header buttons (edit where allowed, refresh); given them. */
  headerButtons?: (record: T, defaultButtons: ReactNode) => ReactNode;
  /** The page's sections, stacked with room between them. */
  children: (record: T) => ReactNode;
}

/**
 * @example
 * <ShowPage<Company> title={(company) => company.name} untitled="Company">
 *   {(company) => <Details items={[["Industry", company.industry]]} />}
 * </ShowPage>
 */
export function ShowPage<T extends BaseRecord>({
  select,
  isLive = false,
  title,
  untitled,
  headerButtons,
  children,
}: ShowPageProps<T>) {
  const t = useAdminT();
  const { result: record, query } = useShow<T>({
    ...(select ? { meta: { select } } : {}),
    ...(isLive ? { liveMode: "auto" as const } : {}),
  });
  return (
    <Show
      goBack={backIcon}
      isLoading={query.isLoading}
      title={record ? title(record) : untitled}
      // Nothing is deleted from a record's page in the admin.
      canDelete={false}
      {...(headerButtons
        ? {
            headerButtons: ({ defaultButtons }: { defaultButtons: ReactNode }) =>
              record ? headerButtons(record, defaultButtons) : null,
          }
        : {})}
    >
      {record ? (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          {children(record)}
        </Space>
      ) : query.isError ? (
        // Never a blank page: the database's or the network's words, and a way to ask again.
        <LoadError
          what={t("admin.components.show.thisRecord", { name: untitled.toLowerCase() })}
          error={query.error}
          retry={query.refetch}
        />
      ) : null}
    </Show>
  );
}
