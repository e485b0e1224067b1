// Loads the Overview's figures for a period, again whenever the period changes.
import {
  type AnalyticsFigures,
  loadFigures,
  type Period,
} from "@supabase-client/analytics/figures";
import { useEffect, useState } from "react";
import { supabase } from "../../../supabase";

export interface FiguresState {
  figures: AnalyticsFigures | null;
  isLoading: boolean;
  error: string | null;
}

export function useFigures(period: Period): FiguresState {
  const [state, setState] = useState<FiguresState>({ figures: null, isLoading: true, error: null });
  useEffect(() => {
    let isCurrent = true;
    setState((previous) => ({ ...previous, isLoading: true }));
    loadFigures(supabase, period).then(
      (figures) => isCurrent && setState({ figures, isLoading: false, error: null }),
      (failure: Error) =>
        isCurrent && setState({ figures: null, isLoading: false, error: failure.message }),
    );
    return () => {
      isCurrent = false;
    };
  }, [period]);
  return state;
}
