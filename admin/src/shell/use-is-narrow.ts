// Whether the window is phone-narrow, following it as it turns or resizes: below this width the
// 200 px side menu leaves the pages too little room, so it folds behind the header's Menu button.
import { useSyncExternalStore } from "react";

const narrowQuery = "(max-width: 767px)";

function subscribe(listener: () => void) {
  const query = window.matchMedia?.(narrowQuery);
  query?.addEventListener("change", listener);
  return () => query?.removeEventListener("change", listener);
}

const isNarrowNow = () => window.matchMedia?.(narrowQuery).matches ?? false;

export function useIsNarrow(): boolean {
  return useSyncExternalStore(subscribe, isNarrowNow, () => false);
}
