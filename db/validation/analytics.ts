// The rows of the Overview's analytics functions (drizzle/0021_analytics.sql), checked as they
// arrive: they are computed figures, which no table type describes.
import { z } from "zod/v4";
import { projectStatuses } from "../schema/projects";

/** The funnel's steps, in order; the function answers one row per step. */
export const funnelSteps = [
  "visit",
  "started",
  "submitted",
  "confirmed",
  "approved",
  "active",
] as const;
export type FunnelStepKey = (typeof funnelSteps)[number];

/** Counts come as JSON numbers; coercion also takes a bigint sent as a string. */
const count = z.coerce.number().int().nonnegative();

export const funnelRowsSchema = z.array(
  z.object({
    step: z.number().int(),
    step_key: z.enum(funnelSteps),
    people: count,
    /** Percent of the step before; null for the first step or after a step of 0. */
    conversion: z.coerce.number().nullable(),
  }),
);

export const signupsPerDaySchema = z.array(z.object({ day: z.iso.date(), signups: count }));

export const projectsByStatusSchema = z.array(
  z.object({ status: z.enum(projectStatuses), projects: count }),
);

export const timeToReviewSchema = z
  .array(z.object({ reviewed: count, median_hours: z.coerce.number().nullable() }))
  .length(1);

export type FunnelRow = z.infer<typeof funnelRowsSchema>[number];
export type SignupsPerDay = z.infer<typeof signupsPerDaySchema>[number];
export type ProjectsByStatus = z.infer<typeof projectsByStatusSchema>[number];
export type TimeToReview = z.infer<typeof timeToReviewSchema>[number];
