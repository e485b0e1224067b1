// `npm run bench`: runs every tests/bench/*.bench.ts (or the ones named) one after another,
// each printing its own figures; results are ratios taken within one run, never pass/fail.
import { readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(here))
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.includes(name)))
  .sort();

console.log(`bench: ${files.length} file(s) on ${os.cpus().length} cores, node ${process.version}`);
for (const file of files) {
  console.log(`\n== ${file}`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as {
    default: () => Promise<void>;
  };
  await mod.default();
}
