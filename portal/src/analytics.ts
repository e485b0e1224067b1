// Where the portal's anonymous analytics events go: the REST API with the public anon key, over
// plain fetch, so even the light pages record without loading supabase-js.
import { restSink } from "@supabase-client/analytics/record";

export const portalEvents = restSink(import.meta.env);
