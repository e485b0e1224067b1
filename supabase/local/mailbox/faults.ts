// Fault injection for tests: each API request draws once and may get a 500, a 429 with
// `retry-after`, a slow answer (past the client's timeout) or a dropped connection.
import { z } from "zod";

export const faultsSchema = z.object({
  /** Share of requests answered 500 before anything is stored. */
  errorRate: z.number().min(0).max(1).default(0),
  /** Share answered 429 `rate_limit_exceeded` with `retry-after: retryAfterSeconds`. */
  rateLimitRate: z.number().min(0).max(1).default(0),
  retryAfterSeconds: z.number().int().min(0).default(1),
  /** Share whose message is stored but whose answer waits `slowMs` (the client has given up). */
  slowRate: z.number().min(0).max(1).default(0),
  slowMs: z.number().int().min(0).default(5000),
  /** Share whose message is stored and whose connection is then cut without an answer. */
  dropRate: z.number().min(0).max(1).default(0),
});

export type Faults = z.infer<typeof faultsSchema>;
export type FaultKind = "error" | "rate_limit" | "slow" | "drop" | "none";

export const noFaults: Faults = faultsSchema.parse({});

/**
 * Picks the fault for one request from the shares configured.
 * @example drawFault({ ...noFaults, errorRate: 1 }) // "error"
 */
export function drawFault(faults: Faults, random: () => number = Math.random): FaultKind {
  const roll = random();
  let edge = faults.errorRate;
  if (roll < edge) {
    return "error";
  }
  edge += faults.rateLimitRate;
  if (roll < edge) {
    return "rate_limit";
  }
  edge += faults.slowRate;
  if (roll < edge) {
    return "slow";
  }
  edge += faults.dropRate;
  if (roll < edge) {
    return "drop";
  }
  return "none";
}
