// The signed-in person's MFA factors as supabase-js lists them (verified and not yet), reloaded
// on demand after an enrollment or a removal.
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
    // listFactors reads the user from Auth (GET /user), so it sees factors added elsewhere.
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
