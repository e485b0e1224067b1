// Latency bookkeeping shared by the load generators: raw samples per measurement, and rate and
// percentiles once the samples of several rounds are merged.

export interface Samples {
  latencies: number[];
  errors: number;
  elapsedMs: number;
  /** The first failure's message, to tell a broken case from a slow one. */
  firstError?: string;
}

export interface Figures {
  requests: number;
  errors: number;
  reqs_per_s: number;
  p50_ms: number;
  p99_ms: number;
}

/**
 * @example summarise([roundA, roundB]) // { reqs_per_s: 2000, p50_ms: 4.1, ... }
 */
export function summarise(rounds: Samples[]): Figures {
  const sorted = Float64Array.from(rounds.flatMap((round) => round.latencies)).sort();
  const elapsedMs = rounds.reduce((sum, round) => sum + round.elapsedMs, 0);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round2 = (value: number) => Math.round(value * 100) / 100;
  return {
    requests: sorted.length,
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    reqs_per_s: elapsedMs > 0 ? Math.round((sorted.length / elapsedMs) * 1000) : 0,
    p50_ms: round2(at(0.5)),
    p99_ms: round2(at(0.99)),
  };
}

/**
 * Runs `once` on `lanes` concurrent loops for `seconds`; a warm-up is a run whose samples are dropped.
 * @example const samples = await runLanes(10, 2, () => request());
 */
export async function runLanes(
  lanes: number,
  seconds: number,
  once: () => Promise<void>,
): Promise<Samples> {
  const latencies: number[] = [];
  const failures: unknown[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          await once();
          latencies.push(performance.now() - t0);
        } catch (error) {
          failures.push(error);
        }
      }
    }),
  );
  const first = failures[0];
  return {
    latencies: latencies.map((value) => Math.round(value * 1000) / 1000),
    errors: failures.length,
    elapsedMs: performance.now() - started,
    ...(first === undefined
      ? {}
      : { firstError: first instanceof Error ? first.message : String(first) }),
  };
}

/** Answers each JSON line on stdin with one JSON line on stdout, in order, until stdin ends. */
export async function serveCommands<T>(handle: (command: T) => Promise<unknown>): Promise<void> {
  process.stdin.setEncoding("utf8");
  let buffer = "";
  for await (const chunk of process.stdin) {
    buffer += chunk as string;
    for (let at = buffer.indexOf("\n"); at >= 0; at = buffer.indexOf("\n")) {
      const line = buffer.slice(0, at).trim();
      buffer = buffer.slice(at + 1);
      if (line) {
        process.stdout.write(`${JSON.stringify(await handle(JSON.parse(line) as T))}\n`);
      }
    }
  }
}
