// The Vite settings the admin and the portal share: settings from the repository root's .env
// files (where `npm run dev` writes them) and the environment, of which only VITE_ values reach
// the bundle; the shared-code aliases of tsconfig; the shared part of index.html; output under
// dist/<app>.
import path from "node:path";
import react from "@vitejs/plugin-react";
import type { UserConfig } from "vite";
import { type InitialJsBudget, initialJs } from "./initial-js.ts";
import { sharedHead } from "./shared-head.ts";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The first screen of each app and what its JavaScript may weigh (issue 17): the admin's sign-in
 * and first list, the portal's sign-up page.
 */
export const initialJsBudgets: Record<"admin" | "portal", InitialJsBudget> = {
  admin: {
    budgetKb: 300,
    firstPages: ["admin/src/auth/login-page.tsx", "admin/src/resources/signup-requests/list.tsx"],
  },
  portal: { budgetKb: 160, firstPages: ["portal/src/pages/auth/signup-page.tsx"] },
};

/** @example export default defineConfig(browserAppConfig("portal", 5174)); */
export function browserAppConfig(app: "admin" | "portal", port: number): UserConfig {
  return {
    root: path.join(root, app),
    envDir: root,
    // One dependency cache per app: npm run dev starts both at once, and a shared cache makes
    // one app's re-optimisation answer the other's requests with "504 Outdated Optimize Dep".
    // It lives in the checkout's .local rather than node_modules, so two checkouts sharing one
    // node_modules (git worktrees) do not rewrite each other's cache either.
    cacheDir: path.join(root, ".local/vite", app),
    plugins: [react(), sharedHead(), initialJs(app, initialJsBudgets[app])],
    resolve: {
      alias: {
        "@db": path.join(root, "db"),
        "@supabase-client": path.join(root, "supabase/client"),
      },
    },
    server: { port, host: "localhost" },
    preview: { port, host: "localhost" },
    build: { outDir: path.join(root, "dist", app), emptyOutDir: true },
  };
}
