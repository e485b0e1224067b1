// Measures an app's initial JavaScript after a production build: the chunks its index.html loads
// (the entry script and its modulepreloads, i.e. the entry's static imports) plus the chunks that
// the first pages import statically once their lazy import runs. Sizes are gzip, level 9, per
// chunk; `npm run build:admin` / `build:portal` print the figure and a test holds the budget.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Plugin, ResolvedConfig } from "vite";

/** What counts as an app's first screen, and what it may weigh. */
export interface InitialJsBudget {
  /** Upper bound for the initial JavaScript, in kB (1000 bytes) of gzip. */
  budgetKb: number;
  /**
   * The modules (repository-relative) behind the lazy imports the first screen runs: their chunks
   * and every chunk those import statically are counted as initial too.
   * @example ["admin/src/auth/login-page.tsx"]
   */
  firstPages: readonly string[];
}

export interface SizedItem {
  name: string;
  gzipKb: number;
}

export interface InitialJsReport {
  app: string;
  budgetKb: number;
  totalKb: number;
  chunks: SizedItem[];
  /** The heaviest modules in the initial chunks, each gzip-compressed alone (an estimate). */
  largestModules: SizedItem[];
  /** The same modules summed by npm package (or by source folder for the app's own code). */
  largestPackages: SizedItem[];
}

interface ChunkInfo {
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: readonly string[];
  moduleIds: readonly string[];
  modules: Readonly<Record<string, { code: string | null }>>;
}

const root = path.resolve(import.meta.dirname, "../..");
const kb = (bytes: number) => Math.round(bytes / 10) / 100;

/** `node_modules/@scope/name/…` → `@scope/name`; app code → its folder. */
function ownerOf(id: string): string {
  const clean = id.replace(/\?.*$/, "").replace(/^\0/, "");
  const inPackages = clean.lastIndexOf("node_modules/");
  if (inPackages >= 0) {
    const [first = "", second = ""] = clean.slice(inPackages + "node_modules/".length).split("/");
    return first.startsWith("@") ? `${first}/${second}` : first;
  }
  return path.dirname(path.relative(root, clean));
}

function displayName(id: string): string {
  const clean = id.replace(/\?.*$/, "").replace(/^\0/, "");
  const inPackages = clean.lastIndexOf("node_modules/");
  return inPackages >= 0
    ? clean.slice(inPackages + "node_modules/".length)
    : path.relative(root, clean);
}

function largest(sizes: Map<string, number>, count: number): SizedItem[] {
  return [...sizes]
    .map(([name, bytes]) => ({ name, gzipKb: kb(bytes) }))
    .sort((a, b) => b.gzipKb - a.gzipKb)
    .slice(0, count);
}

/**
 * The initial chunks of a bundle and their weight.
 * @example measureInitialJs("portal", chunks, { budgetKb: 160, firstPages: ["portal/src/pages/auth/signup-page.tsx"] })
 */
export function measureInitialJs(
  app: string,
  chunks: readonly ChunkInfo[],
  budget: InitialJsBudget,
): InitialJsReport {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<string>();
  const add = (fileName: string) => {
    if (initial.has(fileName)) {
      return;
    }
    initial.add(fileName);
    for (const imported of byFile.get(fileName)?.imports ?? []) {
      add(imported);
    }
  };
  for (const chunk of chunks) {
    if (chunk.isEntry) {
      add(chunk.fileName);
    }
  }
  for (const page of budget.firstPages) {
    const id = path.join(root, page);
    const holder = chunks.find((chunk) => chunk.moduleIds.includes(id));
    if (!holder) {
      throw new Error(`initial-js: no chunk holds ${page}; fix the app's firstPages`);
    }
    add(holder.fileName);
  }

  const sized = [...initial].flatMap((fileName) => {
    const chunk = byFile.get(fileName);
    return chunk ? [{ chunk, gzip: gzipSync(chunk.code, { level: 9 }).byteLength }] : [];
  });
  const moduleSizes = new Map<string, number>();
  const packageSizes = new Map<string, number>();
  for (const { chunk } of sized) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (!module.code) {
        continue;
      }
      const bytes = gzipSync(module.code, { level: 9 }).byteLength;
      moduleSizes.set(displayName(id), bytes);
      packageSizes.set(ownerOf(id), (packageSizes.get(ownerOf(id)) ?? 0) + bytes);
    }
  }
  return {
    app,
    budgetKb: budget.budgetKb,
    totalKb: kb(sized.reduce((sum, { gzip }) => sum + gzip, 0)),
    chunks: sized
      .map(({ chunk, gzip }) => ({ name: chunk.fileName, gzipKb: kb(gzip) }))
      .sort((a, b) => b.gzipKb - a.gzipKb),
    largestModules: largest(moduleSizes, 15),
    largestPackages: largest(packageSizes, 15),
  };
}

/** A few lines for the terminal: the total against the budget, then the heaviest parts. */
export function formatInitialJs(report: InitialJsReport): string {
  const verdict = report.totalKb <= report.budgetKb ? "within" : "OVER";
  const list = (items: SizedItem[]) =>
    items.map((item) => `    ${item.gzipKb.toFixed(2).padStart(8)} kB  ${item.name}`).join("\n");
  return [
    `initial JS of the ${report.app} (gzip): ${report.totalKb.toFixed(2)} kB, ${verdict} the ${report.budgetKb} kB budget`,
    "  chunks:",
    list(report.chunks),
    "  largest packages (each module gzipped alone, so the sum exceeds the total):",
    list(report.largestPackages.slice(0, 8)),
  ].join("\n");
}

/** Where a build leaves its report, beside (not inside) the app's output folder. */
export function initialJsReportPath(outDir: string): string {
  return `${outDir.replace(/\/+$/, "")}.initial-js.json`;
}

/**
 * The Vite plugin: after a production build, prints the initial-JS figure and writes the report
 * to `dist/<app>.initial-js.json` (see `initialJsReportPath`).
 */
export function initialJs(app: string, budget: InitialJsBudget): Plugin {
  let outDir = "";
  let logger: ResolvedConfig["logger"] | undefined;
  return {
    name: "atrium:initial-js",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    async generateBundle(_options, bundle) {
      const chunks: ChunkInfo[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type === "chunk") {
          chunks.push(output);
        }
      }
      const report = measureInitialJs(app, chunks, budget);
      await mkdir(path.dirname(outDir), { recursive: true });
      await writeFile(initialJsReportPath(outDir), `${JSON.stringify(report, null, 2)}\n`);
      logger?.info(`\n${formatInitialJs(report)}`);
    },
  };
}
