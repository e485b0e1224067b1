// The first screen of each app stays within its JavaScript budget (issue 17): a production build
// of each app, measured by scripts/lib/initial-js.ts as `npm run build:*` prints it. "Initial" is
// what the built index.html loads (the entry script and its modulepreloads, i.e. the entry's
// static imports) plus the chunks the first pages import statically when their lazy import runs:
// the admin's sign-in and request queue, the portal's sign-up page. Sizes are gzip (level 9).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { build } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { initialJsBudgets } from "../../../scripts/lib/browser-app-config";
import {
  formatInitialJs,
  type InitialJsReport,
  initialJsReportPath,
} from "../../../scripts/lib/initial-js";

const workDir = await mkdtemp(path.join(os.tmpdir(), "atrium-budget-"));
afterAll(() => rm(workDir, { recursive: true, force: true }));

async function buildAndMeasure(app: "admin" | "portal"): Promise<InitialJsReport> {
  const outDir = path.join(workDir, app);
  // Vitest sets NODE_ENV=test, which Vite would keep, bundling React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: path.resolve(`${app}/vite.config.ts`),
      logLevel: "error",
      mode: "production",
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return JSON.parse(await readFile(initialJsReportPath(outDir), "utf8")) as InitialJsReport;
}

describe.each(["admin", "portal"] as const)("the %s's first screen", (app) => {
  it(`loads at most ${initialJsBudgets[app].budgetKb} kB of JavaScript (gzip)`, async () => {
    const report = await buildAndMeasure(app);
    // The index.html entry is always counted, and so is each first page's own chunk.
    expect(report.chunks.some((chunk) => /index-.*\.js$/.test(chunk.name))).toBe(true);
    expect(report.largestModules.length).toBeGreaterThan(0);
    expect(report.totalKb, `\n${formatInitialJs(report)}`).toBeLessThanOrEqual(report.budgetKb);
  }, 240_000);
});
