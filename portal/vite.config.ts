// The client portal (port 5174, Supabase's local default for a second app).
import { defineConfig } from "vite";
import { browserAppConfig } from "../scripts/lib/browser-app-config.ts";

export default defineConfig(browserAppConfig("portal", 5174));
