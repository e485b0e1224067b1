// The current theme choice and mode, re-rendering when either changes.
import { useSyncExternalStore } from "react";
import { themeStore } from "./theme-store";

/** @example const { mode } = useTheme(); // "dark" */
export function useTheme() {
  const choice = useSyncExternalStore(themeStore.subscribe, themeStore.choice);
  const mode = useSyncExternalStore(themeStore.subscribe, themeStore.mode);
  return { choice, mode };
}
