// Records a page view each time the address changes; rendered once, inside the app's router.
import { useEffect } from "react";
import { useLocation } from "react-router";
import { type EventSink, recordEvent } from "./record";

/** @example <PageViews sink={portalEvents} app="portal" /> */
export function PageViews({ sink, app }: { sink: EventSink; app: string }) {
  const { pathname } = useLocation();
  useEffect(() => {
    recordEvent(sink, "page.view", { app, path: pathname });
  }, [sink, app, pathname]);
  return null;
}
