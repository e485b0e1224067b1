// The files of one or more storage folders, loaded when the folders change, shared by the
// admin's and the portal's document lists; `reload` after an upload or a removal.
import type { SupabaseClient } from "@supabase/supabase-js";
import { useCallback, useEffect, useState } from "react";
import { listFolder, type StoredFile } from "./list-folder";

export interface FolderFiles {
  files: StoredFile[];
  isLoading: boolean;
  error: string | null;
  reload: () => void;
}

/**
 * @example const { files, isLoading, error, reload } = useFolderFiles(supabase, "project-files", folders);
 */
export function useFolderFiles(
  supabase: SupabaseClient,
  bucket: string,
  folders: string[],
): FolderFiles {
  const [files, setFiles] = useState<StoredFile[]>([]);
  const [isLoading, setIsLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const foldersKey = folders.join("\n");

  useEffect(() => {
    // `round` re-runs the effect on reload; a stale answer never overwrites a newer one.
    void round;
    let isCurrent = true;
    setIsLoading(true);
    Promise.all(foldersKey.split("\n").map((folder) => listFolder(supabase, bucket, folder))).then(
      (lists) => {
        if (isCurrent) {
          setFiles(lists.flat());
          setError(null);
          setIsLoading(false);
        }
      },
      (failure: unknown) => {
        if (isCurrent) {
          setError(failure instanceof Error ? failure.message : String(failure));
          setIsLoading(false);
        }
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [supabase, bucket, foldersKey, round]);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { files, isLoading, error, reload };
}
