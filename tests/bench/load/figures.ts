// Latency bookkeeping shared by the load generators: rate and percentiles from raw samples.

export interface Figures {
  requests: number;
  errors: number;
  reqs_per_s: number;
  p50_ms: number;
  p99_ms: number;
}

/**
 * @example summarise(latencies, 0, 5000) // { reqs_per_s: 2000, p50_ms: 4.1, ... }
 */
export function summarise(latencies: number[], errors: number, elapsedMs: number): Figures {
  const sorted = Float64Array.from(latencies).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    requests: sorted.length,
    errors,
    reqs_per_s: Math.round((sorted.length / elapsedMs) * 1000),
    p50_ms: round(at(0.5)),
    p99_ms: round(at(0.99)),
  };
}

/**
 * Runs `once` on `lanes` concurrent loops: a warm-up, then `seconds` of measured work.
 * @example await runLanes(10, 5, 1, () => request())
 */
export async function runLanes(
  lanes: number,
  seconds: number,
  warmupSeconds: number,
  once: () => Promise<void>,
): Promise<Figures> {
  const loop = async (until: number, latencies: number[] | null, failures: unknown[]) => {
    while (performance.now() < until) {
      const t0 = performance.now();
      try {
        await once();
        latencies?.push(performance.now() - t0);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  const warm: unknown[] = [];
  const warmUntil = performance.now() + warmupSeconds * 1000;
  await Promise.all(Array.from({ length: lanes }, () => loop(warmUntil, null, warm)));
  if (warm.length > 0) {
    throw warm[0];
  }
  const latencies: number[] = [];
  const failures: unknown[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(Array.from({ length: lanes }, () => loop(until, latencies, failures)));
  return summarise(latencies, failures.length, performance.now() - started);
}
