// The functions runner serves what `supabase functions serve` would: each folder with an index.ts,
// without `_shared` or a folder that has no entry point.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverFunctions } from "../../../supabase/local/functions/discover";

describe("discoverFunctions", () => {
  it("lists this repository's functions from supabase/functions, without _shared", async () => {
    expect(await discoverFunctions("supabase/functions")).toEqual([
      "invite-user",
      "process-outbox",
      "resend-webhook",
      "reset-mfa",
      "send-auth-email",
    ]);
  });

  it("skips _ and . folders, folders without index.ts and files, and an absent dir", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "atrium-discover-"));
    try {
      for (const folder of ["hello", "_shared", ".hidden", "empty", "b-two"]) {
        await mkdir(path.join(dir, folder));
      }
      for (const folder of ["hello", "_shared", ".hidden", "b-two"]) {
        await writeFile(path.join(dir, folder, "index.ts"), "Deno.serve(() => new Response());");
      }
      await writeFile(path.join(dir, "loose.ts"), "");
      expect(await discoverFunctions(dir)).toEqual(["b-two", "hello"]);
      expect(await discoverFunctions(path.join(dir, "missing"))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
