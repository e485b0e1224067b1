import { mountApp } from "@supabase-client/ui/mount-app";
import { App } from "./App";

mountApp(<App />);
