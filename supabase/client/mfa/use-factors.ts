// The signed-in person's MFA factors as supabase-js lists them (verified and not yet), reloaded
// on demand after an enrollment or a removal; the admin's Security page and the portal's profile
// both show them.
import type { Factor, SupabaseClient } from "@supabase/supabase-js";
import { useCallback, useEffect, useState } from "react";

export interface FactorsState {
  factors: Factor[];
  isLoading: boolean;
  error: string;
  reload: () => Promise<void>;
}

/** @example const { factors, reload } = useFactors(supabase); */
export function useFactors(supabase: SupabaseClient): FactorsState {
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
  }, [supabase]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { factors, isLoading, error, reload };
}
