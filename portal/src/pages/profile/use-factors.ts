// The signed-in client's authenticator apps as supabase-js lists them (confirmed and not yet),
// reloaded after an enrollment or a removal.
import type { Factor } from "@supabase/supabase-js";
import { useCallback, useEffect, useState } from "react";
import { supabase } from "../../supabase";

export interface FactorsState {
  factors: Factor[];
  isLoading: boolean;
  error: string;
  reload: () => Promise<void>;
}

/** @example const { factors, reload } = useFactors(); */
export function useFactors(): FactorsState {
  const [factors, setFactors] = useState<Factor[]>([]);
  const [isLoading, setLoading] = useState(true);
  const [error, setError] = useState("");

  const reload = useCallback(async () => {
    setLoading(true);
    // listFactors asks Auth (GET /user), so it sees factors changed elsewhere, e.g. by a reset.
    const { data, error: failure } = await supabase.auth.mfa.listFactors();
    setLoading(false);
    setError(failure?.message ?? "");
    setFactors(data?.all ?? []);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { factors, isLoading, error, reload };
}
