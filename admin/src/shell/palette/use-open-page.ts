// A navigation function whose identity never changes, for the palette's entries and effects.
// Refine's `useGo()` returns a new function on every render (its resource lookup is rebuilt each
// time), so an effect that lists it as a dependency runs after every render; in the palette that
// effect set state, which rendered again: an endless update loop that kept React from ever
// committing the next route (the page stayed blank after choosing an entry). The ref holds the
// latest `go`; the returned callback is made once.
import type { AdminAction, AdminResource } from "@db/routes/admin";
import { type BaseKey, useGo } from "@refinedev/core";
import { useCallback, useLayoutEffect, useRef } from "react";

export type OpenPage = (resource: AdminResource, action: AdminAction, id?: BaseKey) => void;

/** @example const openPage = useOpenPage(); openPage("companies", "show", id) */
export function useOpenPage(): OpenPage {
  const go = useGo();
  const latest = useRef(go);
  useLayoutEffect(() => {
    latest.current = go;
  });
  return useCallback<OpenPage>((resource, action, id) => {
    const to =
      action === "list" || action === "create"
        ? { resource, action }
        : { resource, action, id: id ?? "" };
    latest.current({ to });
  }, []);
}
