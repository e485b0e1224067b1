// The files directly in one storage folder, newest first; folders and placeholders left out.
import type { SupabaseClient } from "@supabase/supabase-js";

/** One stored file as the document lists show it. */
export interface StoredFile {
  key: string;
  name: string;
  size: number | null;
  mimeType: string | null;
  createdAt: string | null;
}

/** What storage-js's `list` returns per entry, read defensively (its metadata is untyped). */
interface ListedEntry {
  id: string | null;
  name: string;
  created_at?: string | null;
  metadata?: Record<string, unknown> | null;
}

/** Folders come back with `id: null`; `.emptyFolderPlaceholder` is the dashboard's marker. */
export function toStoredFiles(folder: string, entries: ListedEntry[]): StoredFile[] {
  return entries
    .filter((entry) => entry.id !== null && entry.name !== ".emptyFolderPlaceholder")
    .map((entry) => {
      const size = entry.metadata?.size;
      const mimeType = entry.metadata?.mimetype;
      return {
        key: folder === "" ? entry.name : `${folder}/${entry.name}`,
        name: entry.name,
        size: typeof size === "number" ? size : null,
        mimeType: typeof mimeType === "string" ? mimeType : null,
        createdAt: entry.created_at ?? null,
      };
    });
}

/**
 * @example const files = await listFolder(supabase, "project-files", "c1/p1/client");
 * @throws Error with storage's message.
 */
export async function listFolder(
  supabase: SupabaseClient,
  bucket: string,
  folder: string,
): Promise<StoredFile[]> {
  const { data, error } = await supabase.storage.from(bucket).list(folder, {
    limit: 1000,
    sortBy: { column: "created_at", order: "desc" },
  });
  if (error) {
    throw new Error(error.message);
  }
  return toStoredFiles(folder, data);
}
