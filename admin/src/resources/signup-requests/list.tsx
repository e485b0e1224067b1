// The team's queue: requests to review first, newest submissions first, searchable by company,
// name or email. Tabs switch status; the URL keeps page, tab and search so a link can be shared.
// The first page after sign-in, so it is drawn with plain elements and Refine's core hooks.
import type { SignupRequest } from "@db/schema/signup-requests";
import { signupStatusLabels } from "@db/status/signup-requests";
import { type CrudFilter, useGo, useTable } from "@refinedev/core";
import { lightStyles } from "@supabase-client/ui/light-form";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { surface } from "@supabase-client/ui/surface";
import { useMemo, useState } from "react";
import { dateTimeCell } from "../../components/list/date-time";
import { filterValue, searchFilter, searchTextOf } from "../../components/list/filters";
import { type LightColumn, LightTable } from "../../components/list/light-table";
import { NewItemsNotice } from "../../components/live/new-items-notice";
import { usePendingChanges } from "../../components/live/use-pending-changes";
import { type AdminKey, useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";
import { BulkDecisions } from "./bulk-decisions";
import { belongsToQueue } from "./queue-scope";
import { statusTabs, type Tab } from "./review";

const searchFields = ["company_name", "full_name", "email"];

function statusFilter(tab: Tab): CrudFilter[] {
  return tab === "all" ? [] : [{ field: "status", operator: "eq", value: tab }];
}

/** The queue's columns, titled in the reader's language. */
function useColumns(): LightColumn<SignupRequest>[] {
  const t = useAdminT();
  const { looks } = useStatusWords();
  return useMemo(() => {
    const statusLooks = looks("signupRequest", signupStatusLabels);
    const title = (key: AdminKey) => t(key);
    return [
      {
        field: "submitted_at",
        title: title("admin.signupRequests.list.submitted"),
        isSortable: true,
        render: (request) => dateTimeCell(request.submitted_at),
      },
      {
        field: "company_name",
        title: title("admin.signupRequests.list.company"),
        isSortable: true,
      },
      { field: "full_name", title: title("admin.signupRequests.list.name") },
      { field: "email", title: title("admin.signupRequests.list.email") },
      {
        field: "status",
        title: title("admin.signupRequests.list.status"),
        render: (request) => <StatusTag look={statusLooks[request.status]} />,
      },
    ];
  }, [t, looks]);
}

export default function SignupRequestList() {
  const table = useTable<SignupRequest>({
    syncWithLocation: true,
    sorters: { initial: [{ field: "submitted_at", order: "desc" }] },
    filters: { initial: statusFilter("confirmed") },
    pagination: { pageSize: 20 },
  });
  const { tableQuery, filters, setFilters } = table;
  const go = useGo();
  const t = useAdminT();
  const { word } = useStatusWords();
  const columns = useColumns();
  const tabs = statusTabs(word, t("admin.signupRequests.list.all"));
  const [selected, setSelected] = useState<string[]>([]);
  const tab: Tab = (filterValue(filters, "status") as Tab | undefined) ?? "all";
  const searchText = searchTextOf(filters);
  // New requests wait behind a notice: refreshing the table would move rows under the cursor.
  const { pending, clear } = usePendingChanges({
    resource: "signup_requests",
    isShown: (id) => table.result.data.some((row) => row.id === id),
    belongs: (record) => belongsToQueue(record, tab, searchText),
    scope: `${tab}:${searchText}`,
  });

  return (
    <section>
      <h1 style={{ fontSize: 20, fontWeight: 600, margin: "0 0 16px" }}>
        {t("admin.signupRequests.list.title")}
      </h1>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8, marginBottom: 16 }}>
        <fieldset
          style={{
            display: "inline-flex",
            margin: 0,
            border: "none",
            background: surface.segmented,
            borderRadius: 6,
            padding: 2,
          }}
        >
          <legend style={{ position: "absolute", width: 1, height: 1, overflow: "hidden" }}>
            {t("admin.signupRequests.list.status")}
          </legend>
          {tabs.map(({ key, label }) => (
            <button
              key={key}
              type="button"
              aria-pressed={key === tab}
              onClick={() =>
                setFilters(
                  [...statusFilter(key), ...searchFilter(searchFields, searchText)],
                  "replace",
                )
              }
              style={{
                border: "none",
                borderRadius: 4,
                padding: "0 11px",
                height: 28,
                font: "inherit",
                cursor: "pointer",
                background: key === tab ? surface.container : "transparent",
                color: surface.text,
                boxShadow: key === tab ? "0 1px 2px rgba(0,0,0,0.1)" : "none",
              }}
            >
              {label}
            </button>
          ))}
        </fieldset>
        <form
          style={{ display: "flex", width: 280 }}
          onSubmit={(event) => {
            event.preventDefault();
            const text = String(new FormData(event.currentTarget).get("search") ?? "");
            setFilters([...statusFilter(tab), ...searchFilter(searchFields, text)], "replace");
          }}
        >
          <input
            type="search"
            name="search"
            placeholder={t("admin.signupRequests.list.searchPlaceholder")}
            defaultValue={searchText}
            aria-label={t("admin.signupRequests.list.searchLabel")}
            style={{ ...lightStyles.input, borderRadius: "6px 0 0 6px" }}
          />
          <button
            type="submit"
            style={{ ...lightStyles.secondaryButton, borderRadius: "0 6px 6px 0", marginLeft: -1 }}
          >
            {t("admin.signupRequests.list.search")}
          </button>
        </form>
      </div>
      <NewItemsNotice
        pending={pending}
        one={t("admin.signupRequests.list.one")}
        many={t("admin.signupRequests.list.many")}
        onShow={() => {
          clear();
          void tableQuery.refetch();
        }}
      />
      <BulkDecisions
        selected={selected}
        onDone={() => {
          setSelected([]);
          void tableQuery.refetch();
        }}
      />
      <LightTable
        table={table}
        columns={columns}
        selection={{
          selected,
          onChange: setSelected,
          labelOf: (request) => request.company_name,
        }}
        emptyText={t(
          tab === "confirmed"
            ? "admin.signupRequests.list.nothingToReview"
            : "admin.signupRequests.list.empty",
        )}
        actions={(request) => (
          <button
            type="button"
            aria-label={t("admin.signupRequests.list.showLabel", { name: request.company_name })}
            onClick={() =>
              go({ to: { resource: "signup_requests", action: "show", id: request.id } })
            }
            style={{
              ...lightStyles.secondaryButton,
              height: 24,
              padding: "0 7px",
              color: surface.link,
            }}
          >
            {t("admin.signupRequests.list.show")}
          </button>
        )}
      />
    </section>
  );
}
