// Reading one CMS page by slug as the caller: RLS decides what comes back (anon and clients see
// published pages only, staff see drafts too), so "not found" covers unpublished pages as well.
import type { Page } from "@db/schema/pages";
import type { SupabaseClient } from "@supabase/supabase-js";

export type PageContent = Pick<
  Page,
  "id" | "slug" | "title" | "body" | "status" | "seo_title" | "seo_description" | "updated_at"
>;

export type PageLookup =
  | { state: "found"; page: PageContent }
  | { state: "missing" }
  | { state: "failed"; message: string };

const columns = "id, slug, title, body, status, seo_title, seo_description, updated_at";

/**
 * @example await findPage(supabase, { slug: "about" }) // { state: "found", page }
 */
export async function findPage(
  supabase: SupabaseClient,
  key: { slug: string } | { id: string },
): Promise<PageLookup> {
  const query = supabase.from("pages").select(columns);
  const { data, error } = await ("slug" in key
    ? query.eq("slug", key.slug)
    : query.eq("id", key.id)
  ).maybeSingle<PageContent>();
  if (error) {
    // A malformed id is the caller's typo, not an outage: it names no page.
    return error.code === "22P02"
      ? { state: "missing" }
      : { state: "failed", message: error.message };
  }
  return data ? { state: "found", page: data } : { state: "missing" };
}

/** The public URL under which the public-media bucket's objects are served. */
export function mediaPrefixOf(supabase: SupabaseClient): string {
  const url = supabase.storage.from("public-media").getPublicUrl("probe").data.publicUrl;
  return url.slice(0, -"probe".length);
}
