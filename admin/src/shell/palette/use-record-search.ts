// Records found by name while the palette's text changes: after a short pause, one query per
// kind through Refine's data provider (PostgREST `ilike`, the rows RLS lets this person read),
// a few rows each (recently changed first), turned into palette actions that open the record's page.

import { type BaseRecord, useDataProvider } from "@refinedev/core";
import { type Action, useKBar, useRegisterActions } from "@refinedev/kbar";
import { useEffect, useState } from "react";
import { searchFilter } from "../../components/list/filters";
import { useAdminT } from "../../i18n";
import { type AnyRecordKind, recordKinds } from "./record-kinds";
import { type OpenPage, useOpenPage } from "./use-open-page";

const pauseMs = 250;
const perKind = 5;
const noActions: Action[] = [];

type DataProvider = ReturnType<typeof useDataProvider>;

/** The rows of one kind whose text matches, as palette entries (none if the query fails). */
async function findRecords(
  dataProvider: DataProvider,
  kind: AnyRecordKind,
  section: { name: string; priority: number },
  text: string,
  openPage: OpenPage,
): Promise<Action[]> {
  const result = await dataProvider()
    .getList<BaseRecord>({
      resource: kind.resource,
      pagination: { currentPage: 1, pageSize: perKind, mode: "server" },
      filters: searchFilter(kind.fields, text),
      sorters: [{ field: "updated_at", order: "desc" }],
      meta: { select: kind.select },
    })
    // A kind this person may not read (or a failed query) just finds nothing.
    .catch(() => ({ data: [] as BaseRecord[] }));
  return result.data.flatMap((row): Action[] => {
    const id = row.id;
    if (id === undefined) {
      return [];
    }
    const name = kind.name(row as never);
    return [
      {
        id: `record:${kind.resource}:${id}`,
        name,
        subtitle: kind.subtitle?.(row as never) ?? undefined,
        // kbar filters actions by their text: keep the record whatever part of it matched.
        keywords: `${text} ${name}`,
        section,
        perform: () => openPage(kind.resource, "show", id),
      },
    ];
  });
}

export function useRecordSearch(): void {
  const { search } = useKBar((state) => ({ search: state.searchQuery }));
  const dataProvider = useDataProvider();
  // Both stable: the effect below runs only when the text changes (see use-open-page.ts).
  const openPage = useOpenPage();
  const t = useAdminT();
  const [actions, setActions] = useState<Action[]>(noActions);

  useEffect(() => {
    const text = search.trim();
    if (text.length < 2) {
      setActions(noActions);
      return;
    }
    let isCurrent = true;
    const timer = window.setTimeout(async () => {
      const found = await Promise.all(
        // Found records first, in the kinds' order, above the commands (use-command-actions).
        recordKinds.map((kind, index) =>
          findRecords(
            dataProvider,
            kind,
            { name: t(kind.section), priority: 100 - index },
            text,
            openPage,
          ),
        ),
      );
      if (isCurrent) {
        setActions(found.flat());
      }
    }, pauseMs);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [search, dataProvider, openPage, t]);

  useRegisterActions(actions, [actions]);
}
