// Which edge functions exist: every `<dir>/<name>/index.ts`, as `supabase functions serve` finds
// them. Folders starting with `_` (the CLI's convention for shared code such as `_shared/`) or `.`
// are not functions.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** A function name the gateway accepts in `/functions/v1/<name>` (hosted's slug rule). */
export const FUNCTION_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * The functions under `dir`, sorted; an absent dir has none.
 * @example await discoverFunctions("supabase/functions") // ["process-outbox", "resend-webhook", ...]
 */
export async function discoverFunctions(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || !FUNCTION_NAME.test(entry.name)) {
      continue;
    }
    const entryFile = await stat(path.join(dir, entry.name, "index.ts")).catch(() => undefined);
    if (entryFile?.isFile()) {
      names.push(entry.name);
    }
  }
  return names.sort();
}
