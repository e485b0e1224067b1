// Reads public.access_matrix() as the signed-in admin, checked against its zod schema; anyone
// else gets the database's own refusal as the error.
import { type AccessMatrixRow, accessMatrixRowsSchema } from "@db/validation/access-matrix";
import { useCallback, useEffect, useState } from "react";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";

export interface AccessMatrixState {
  rows: AccessMatrixRow[];
  isLoading: boolean;
  error: string | null;
  reload: () => void;
}

export function useAccessMatrix(): AccessMatrixState {
  const [rows, setRows] = useState<AccessMatrixRow[]>([]);
  const [isLoading, setIsLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const t = useAdminT();
  const badShape = t("admin.accessMatrix.page.badShape");

  useEffect(() => {
    // `round` changes on reload: read again.
    void round;
    let isCurrent = true;
    setIsLoading(true);
    void supabase.rpc("access_matrix").then(({ data, error: failure }) => {
      if (!isCurrent) {
        return;
      }
      if (failure) {
        setError(failure.message);
        setRows([]);
      } else {
        const parsed = accessMatrixRowsSchema.safeParse(data);
        setError(parsed.success ? null : badShape);
        setRows(parsed.success ? parsed.data : []);
      }
      setIsLoading(false);
    });
    return () => {
      isCurrent = false;
    };
  }, [round, badShape]);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { rows, isLoading, error, reload };
}
