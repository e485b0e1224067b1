// The db:backup and db:restore commands as a user runs them: a timestamped file under
// .local/backups whose path is printed, a --yes restore of it, and one-line refusals.
import { execFile } from "node:child_process";
import { chmod, mkdtemp, readdir, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../support/ports";

let dir: string;
let port: number;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "atrium-backup-cli-"));
  // Postgres runs as the `postgres` OS user when we are root: it must reach the data directory.
  await chmod(dir, 0o755);
  port = await freePort();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function script(name: string, args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return promisify(execFile)("node", ["--import", "tsx", `scripts/${name}.ts`, ...args], {
    env: { ...rest, ATRIUM_LOCAL_DIR: dir, ATRIUM_DB_PORT: String(port), ...env },
    timeout: 90_000,
  }).then(
    ({ stdout, stderr }): Run => ({ code: 0, stdout, stderr }),
    (error: Run) => error,
  );
}

describe("npm run db:backup / db:restore", () => {
  it("backs up to a printed, timestamped file and restores it with --yes", async () => {
    const backup = await script("db-backup", []);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    const file = /to (\S+\.backup)\n/.exec(backup.stdout)?.[1];
    expect(file).toMatch(
      new RegExp(`^${dir}/backups/atrium-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ\\.backup$`),
    );
    expect(await readdir(path.join(dir, "backups"))).toEqual([path.basename(file ?? "")]);
    const tables = Number(/of (\d+) tables/.exec(backup.stdout)?.[1]);
    expect(tables).toBeGreaterThan(20);

    const restore = await script("db-restore", [file ?? "", "--yes"]);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(new RegExp(`^Restored \\d+ rows of ${tables} tables from `));
  }, 120_000);

  it("refuses a missing file, and refuses while the database port is taken, in one line", async () => {
    const missing = await script("db-restore", [path.join(dir, "nope.backup"), "--yes"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`${path.join(dir, "nope.backup")} does not exist.\n`);

    // What a running `npm run dev` looks like to the scripts: its Postgres holds the port.
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      for (const name of ["db-backup", "db-restore"]) {
        const busy = await script(name, name === "db-restore" ? [__filename, "--yes"] : []);
        expect(busy.code).toBe(1);
        expect(busy.stderr.trim().split("\n")).toHaveLength(1);
        expect(busy.stderr).toMatch(
          new RegExp(`Port ${port} \\(Postgres\\) is in use.*npm run dev`),
        );
      }
    } finally {
      server.close();
    }
  }, 60_000);
});
