// The admin's colour theme in the browser: the person's choice (light, dark or system), the mode
// it resolves to, and the document drawn in that mode (the surface colour variables, the native
// controls' color-scheme). The choice is cached in localStorage so the first paint of the next
// visit is already right; the profile (use-profile-theme.ts) is the lasting truth. One document
// has one theme, hence one store for the whole page.
import type { ColorTheme } from "@db/schema/profiles";
import { surfaceVariables } from "@supabase-client/ui/surface";

export type ThemeMode = "light" | "dark";

const storageKey = "atrium.admin.theme";
const choices = { light: true, dark: true, system: true } satisfies Record<ColorTheme, true>;
const darkQuery = "(prefers-color-scheme: dark)";

export function isColorTheme(value: unknown): value is ColorTheme {
  return typeof value === "string" && Object.hasOwn(choices, value);
}

function readCache(): ColorTheme {
  try {
    const cached = window.localStorage.getItem(storageKey);
    return isColorTheme(cached) ? cached : "system";
  } catch {
    // Storage can be off (private windows, policies): the profile still brings the choice back.
    return "system";
  }
}

let choice: ColorTheme = "system";
const listeners = new Set<() => void>();

/** What `system` means on this device right now. */
function modeOf(theme: ColorTheme): ThemeMode {
  if (theme !== "system") {
    return theme;
  }
  return window.matchMedia?.(darkQuery).matches ? "dark" : "light";
}

function paint() {
  const mode = modeOf(choice);
  const root = document.documentElement;
  for (const [name, value] of Object.entries(surfaceVariables(mode))) {
    root.style.setProperty(name, value);
  }
  root.style.colorScheme = mode;
  root.dataset.theme = mode;
  for (const listener of listeners) {
    listener();
  }
}

/** Reads the cached choice and paints it; call once before the first render. */
export function startTheme(): void {
  choice = readCache();
  paint();
  window.matchMedia?.(darkQuery).addEventListener("change", () => {
    if (choice === "system") {
      paint();
    }
  });
}

/** Makes `theme` the choice, caches it and repaints. */
export function setThemeChoice(theme: ColorTheme): void {
  if (theme === choice) {
    return;
  }
  choice = theme;
  try {
    window.localStorage.setItem(storageKey, theme);
  } catch {
    // See readCache.
  }
  paint();
}

export const themeStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  choice: () => choice,
  mode: () => modeOf(choice),
};
