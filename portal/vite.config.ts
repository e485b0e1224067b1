// The client portal. Settings come from the repository root's .env files (where `npm run dev`
// writes them) and the environment; only VITE_-prefixed values reach the bundle.
import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root: import.meta.dirname,
  envDir: root,
  plugins: [react()],
  resolve: {
    alias: {
      "@db": path.join(root, "db"),
      "@supabase-client": path.join(root, "supabase/client"),
    },
  },
  server: { port: 5174, host: "localhost" },
  preview: { port: 5174, host: "localhost" },
  build: { outDir: path.join(root, "dist/portal"), emptyOutDir: true },
});
