// Summarises a V8 .cpuprofile (from `node --cpu-prof`) by self time: the top functions and the
// top files and the top inclusive times, as a share of the busy (non-idle) time.
// Usage: node --import tsx summarise-profile.ts FILE [N] [SKIP_SECONDS]; SKIP_SECONDS leaves out
// the start of the profile (start-up, module loading) so what remains is the measured load.
import { readFile } from "node:fs/promises";
import path from "node:path";

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topText, skipText] = process.argv.slice(2);
if (!file) {
  throw new Error("usage: summarise-profile.ts FILE.cpuprofile [N]");
}
const top = Number(topText ?? 25);
const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfById = new Map<number, number>();
const skipMicros = Number(skipText ?? 0) * 1_000_000;
let elapsed = 0;
profile.samples.forEach((id, i) => {
  elapsed += profile.timeDeltas[i] ?? 0;
  if (elapsed < skipMicros) {
    return;
  }
  selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

const shortUrl = (url: string) => {
  const cleaned = url.replace(/^file:\/\//, "");
  const at = cleaned.indexOf("node_modules/");
  return at >= 0
    ? cleaned.slice(at + "node_modules/".length)
    : path.relative(process.cwd(), cleaned) || cleaned;
};
const functions = new Map<string, number>();
const files = new Map<string, number>();
let busy = 0;
let idle = 0;
for (const [id, micros] of selfById) {
  const frame = byId.get(id)?.callFrame;
  if (!frame) {
    continue;
  }
  if (frame.functionName === "(idle)") {
    idle += micros;
    continue;
  }
  busy += micros;
  const where = frame.url ? shortUrl(frame.url) : "(native)";
  const name = `${frame.functionName || "(anonymous)"} ${where}:${frame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + micros);
  files.set(where, (files.get(where) ?? 0) + micros);
}

// Inclusive time of each function (counted once per sample even when recursive).
const parent = new Map<number, number>();
for (const node of profile.nodes) {
  for (const child of node.children ?? []) {
    parent.set(child, node.id);
  }
}
const inclusive = new Map<string, number>();
for (const [id, micros] of selfById) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at)?.callFrame;
    if (!frame || frame.functionName === "(idle)" || frame.functionName === "(root)") {
      continue;
    }
    const where = frame.url ? shortUrl(frame.url) : "(native)";
    const name = `${frame.functionName || "(anonymous)"} ${where}:${frame.lineNumber + 1}`;
    if (!seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
    }
  }
}

const print = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(
      `${((micros / busy) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`,
    );
  }
};
console.log(`busy ${(busy / 1000).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)} ms`);
print("self time by function", functions);
print("self time by file", files);
print("inclusive time by function", inclusive);
