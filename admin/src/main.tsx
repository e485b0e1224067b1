import { mountApp } from "@supabase-client/ui/mount-app";
import { App } from "./App";
import { startTheme } from "./shell/theme/theme-store";

// Before the first render, so a dark choice never flashes white.
startTheme();
mountApp(<App />);
