// The staff admin (port 5173, Vite's default).
import { defineConfig } from "vite";
import { browserAppConfig } from "../scripts/lib/browser-app-config.ts";

export default defineConfig(browserAppConfig("admin", 5173));
