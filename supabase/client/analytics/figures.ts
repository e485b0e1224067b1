// Reads the Overview's figures for a period through the staff-only analytics functions
// (drizzle/0021_analytics.sql), each answer checked against its schema in db/validation.
import {
  type FunnelRow,
  funnelRowsSchema,
  type ProjectsByStatus,
  projectsByStatusSchema,
  type SignupsPerDay,
  signupsPerDaySchema,
  type TimeToReview,
  timeToReviewSchema,
} from "@db/validation/analytics";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { z } from "zod/v4";

/** A half-open period [start, end), as ISO timestamps. */
export interface Period {
  start: string;
  end: string;
}

export interface AnalyticsFigures {
  funnel: FunnelRow[];
  signupsPerDay: SignupsPerDay[];
  projectsByStatus: ProjectsByStatus[];
  timeToReview: TimeToReview;
}

async function call<S extends z.ZodType>(
  request: PromiseLike<{ data: unknown; error: { message: string } | null }>,
  schema: S,
): Promise<z.infer<S>> {
  const { data, error } = await request;
  if (error) {
    throw new Error(error.message);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error("The database answered in an unexpected shape.");
  }
  return parsed.data;
}

/**
 * @example await loadFigures(supabase, { start: "2026-11-01T00:00:00Z", end: "2026-12-01T00:00:00Z" })
 * @throws with the database's message (e.g. "Only staff may read analytics").
 */
export async function loadFigures(
  client: SupabaseClient,
  period: Period,
): Promise<AnalyticsFigures> {
  const args = { period_start: period.start, period_end: period.end };
  const [funnel, signupsPerDay, projectsByStatus, [timeToReview]] = await Promise.all([
    call(client.rpc("analytics_funnel", args), funnelRowsSchema),
    call(client.rpc("analytics_signups_per_day", args), signupsPerDaySchema),
    call(client.rpc("analytics_projects_by_status"), projectsByStatusSchema),
    call(client.rpc("analytics_time_to_review", args), timeToReviewSchema),
  ]);
  return {
    funnel,
    signupsPerDay,
    projectsByStatus,
    timeToReview: timeToReview ?? { reviewed: 0, median_hours: null },
  };
}

/** True when nothing at all happened in the period: the page shows its empty state. */
export function isQuietPeriod(figures: AnalyticsFigures): boolean {
  return (
    figures.funnel.every((row) => row.people === 0) &&
    figures.signupsPerDay.every((row) => row.signups === 0) &&
    figures.timeToReview.reviewed === 0
  );
}
