// What counts as an app's initial JavaScript: the entry, everything it imports statically (its
// modulepreloads), and each first page's chunk with its static imports; nothing else.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatInitialJs, measureInitialJs } from "../../../scripts/lib/initial-js";

const root = path.resolve(import.meta.dirname, "../../..");
const chunk = (
  fileName: string,
  size: number,
  options: Partial<{ isEntry: boolean; imports: string[]; moduleIds: string[] }> = {},
) => {
  const moduleIds = options.moduleIds ?? [];
  // Random-ish text so gzip cannot shrink every chunk to nothing.
  const code = Array.from({ length: size }, (_, index) =>
    ((index * 7919) % 9973).toString(36),
  ).join(";");
  return {
    fileName,
    code,
    isEntry: options.isEntry ?? false,
    imports: options.imports ?? [],
    moduleIds,
    modules: Object.fromEntries(moduleIds.map((id) => [id, { code }])),
  };
};

const page = path.join(root, "app/src/first-page.tsx");
const chunks = [
  chunk("index.js", 2000, {
    isEntry: true,
    imports: ["vendor.js"],
    moduleIds: [path.join(root, "node_modules/react-dom/index.js")],
  }),
  chunk("vendor.js", 1000),
  chunk("first-page.js", 500, { imports: ["shared.js"], moduleIds: [page] }),
  chunk("shared.js", 300),
  chunk("other-page.js", 5000, { imports: ["vendor.js"] }),
];

describe("measureInitialJs", () => {
  it("counts the entry, its static imports and the first pages' chunks, not the other pages", () => {
    const report = measureInitialJs("app", chunks, {
      budgetKb: 1,
      firstPages: ["app/src/first-page.tsx"],
    });
    expect(report.chunks.map((item) => item.name).sort()).toEqual([
      "first-page.js",
      "index.js",
      "shared.js",
      "vendor.js",
    ]);
    const sum = report.chunks.reduce((total, item) => total + item.gzipKb, 0);
    expect(report.totalKb).toBeCloseTo(sum, 1);
    expect(report.largestPackages.map((item) => item.name)).toContain("react-dom");
  });

  it("says when the budget is exceeded, naming the heaviest parts", () => {
    const report = measureInitialJs("app", chunks, { budgetKb: 0.1, firstPages: [] });
    expect(report.totalKb).toBeGreaterThan(0.1);
    expect(formatInitialJs(report)).toMatch(/OVER the 0.1 kB budget[\s\S]*react-dom/);
  });

  it("refuses a first page that no chunk holds, rather than measuring too little", () => {
    expect(() =>
      measureInitialJs("app", chunks, { budgetKb: 1, firstPages: ["app/src/missing.tsx"] }),
    ).toThrow(/no chunk holds app\/src\/missing.tsx/);
  });
});
