// Records found by name while the palette's text changes: after a short pause, one query per
// kind through Refine's data provider (PostgREST `ilike`, the rows RLS lets this person read),
// a few rows each (recently changed first), turned into palette actions that open the record's page.

import { type BaseRecord, useDataProvider, useGo } from "@refinedev/core";
import { type Action, useKBar, useRegisterActions } from "@refinedev/kbar";
import { useEffect, useState } from "react";
import { searchFilter } from "../../components/list/filters";
import { type AnyRecordKind, recordKinds } from "./record-kinds";

const pauseMs = 250;
const perKind = 5;

export function useRecordSearch(): void {
  const { search } = useKBar((state) => ({ search: state.searchQuery }));
  const dataProvider = useDataProvider();
  const go = useGo();
  const [actions, setActions] = useState<Action[]>([]);

  useEffect(() => {
    const text = search.trim();
    if (text.length < 2) {
      setActions([]);
      return;
    }
    let isCurrent = true;
    const timer = window.setTimeout(async () => {
      const found = await Promise.all(
        recordKinds.map(async (kind: AnyRecordKind, index) => {
          // Found records first, in the kinds' order, above the commands (use-command-actions).
          const section = { name: kind.section, priority: 100 - index };
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
                perform: () => go({ to: { resource: kind.resource, action: "show", id } }),
              },
            ];
          });
        }),
      );
      if (isCurrent) {
        setActions(found.flat());
      }
    }, pauseMs);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [search, dataProvider, go]);

  useRegisterActions(actions, [actions]);
}
