// The portal's one supabase-js client, on its own so a light page can use it without loading
// Refine's providers (supabase.ts builds those on this same client).
import { createBrowserClient } from "@supabase-client/create-client";

export const supabase = createBrowserClient(import.meta.env);
