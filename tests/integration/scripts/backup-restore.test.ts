// db:restore refuses a corrupt or foreign file in one line and touches nothing, and refuses to
// run without a terminal unless --yes is given; backup → change → restore brings every table back.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTables, qualifiedName } from "../../../scripts/lib/backup/catalogue";
import { writeBackup } from "../../../scripts/lib/backup/dump";
import { restoreBackup } from "../../../scripts/lib/backup/restore";
import { createTestDatabase, type TestDatabase } from "../../support/database";

let db: TestDatabase;
let dir: string;
let file: string;

beforeAll(async () => {
  db = await createTestDatabase("atrium_seeded");
  dir = await mkdtemp(path.join(os.tmpdir(), "atrium-backup-"));
  file = path.join(dir, "atrium.backup");
});
afterAll(async () => {
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

/** `schema.table` → md5 of its rows (order-independent), for every data table. */
async function checksums(): Promise<Record<string, string>> {
  const sql = postgres(db.superuserUrl, { max: 1, onnotice: () => {} });
  try {
    const result: Record<string, string> = {};
    for (const table of await listTables(sql)) {
      const [row] = await sql.unsafe<{ sum: string; count: number }[]>(
        `select md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) as sum,
                count(*)::int as count
         from ${qualifiedName(table)} t`,
      );
      result[`${table.schema}.${table.name}`] = `${row?.count}:${row?.sum}`;
    }
    return result;
  } finally {
    await sql.end();
  }
}

describe("db:backup and db:restore", () => {
  it("backup, change rows, restore: every table's rows are as they were", async () => {
    const before = await checksums();
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(["auth.users", "storage.buckets", "public.profiles"]),
    );
    const written = await writeBackup(db.superuserUrl, file);
    expect(written.tables).toBe(Object.keys(before).length);
    const sql = postgres(db.superuserUrl, { max: 1, onnotice: () => {} });
    try {
      await sql`update auth.users set email = 'changed-' || email`;
      await sql`delete from public.projects`;
      await sql`insert into storage.buckets (id, name) values ('after-backup', 'after-backup')`;
    } finally {
      await sql.end();
    }
    expect(await checksums()).not.toEqual(before);
    // What a running stack holds on its database: an open transaction, a LISTEN, a logical
    // replication slot. The restore ends those sessions instead of waiting on them.
    const holder = postgres(db.ownerUrl, { max: 2, onnotice: () => {} });
    const slots = postgres(db.superuserUrl, { max: 1, onnotice: () => {} });
    try {
      await holder.listen("pgrst", () => {});
      const open = holder.begin(async (tx) => {
        await tx`select 1 from public.profiles limit 1`;
        await new Promise((resolve) => setTimeout(resolve, 60_000));
      });
      open.catch(() => {}); // ended by the restore
      await slots`select pg_create_logical_replication_slot(${`${db.name}_slot`}, 'pgoutput')`;
      const restored = await restoreBackup(db.superuserUrl, file);
      expect(restored).toEqual(written);
    } finally {
      await holder.end({ timeout: 1 });
      await slots.end();
    }
    expect(await checksums()).toEqual(before);
  }, 60_000);

  it("refuses a corrupt or foreign file in one line and leaves the database alone", async () => {
    const before = await checksums();
    const cases: [string, string | Buffer, RegExp][] = [
      ["random.backup", Buffer.from("not gzip at all\n"), /is not an Atrium backup/],
      ["foreign.backup", gzipSync("-- PostgreSQL database dump\n"), /is not an Atrium backup/],
      [
        "future.backup",
        gzipSync(
          `ATRIUM-BACKUP ${JSON.stringify({ version: 1, createdAt: "", bootstrap: [], migrations: ["f00"], sequences: [] })}\n`,
        ),
        /migrations this checkout does not have/,
      ],
    ];
    // A real backup cut short, and one whose rows no longer fit their table.
    const good = path.join(dir, "good.backup");
    await writeBackup(db.superuserUrl, good);
    const whole = gunzipSync(await readFile(good));
    cases.push(
      ["truncated.backup", (await readFile(good)).subarray(0, 2_000), /is damaged/],
      [
        "bad-row.backup",
        gzipSync(whole.toString("utf8").replace(/\nTABLE (.*)\n/, "\nTABLE $1\nnot\ta\trow\n")),
        /is damaged: table \S+ could not be loaded/,
      ],
    );
    for (const [name, content, message] of cases) {
      const bad = path.join(dir, name);
      await writeFile(bad, content);
      const error = await restoreBackup(db.superuserUrl, bad).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain("\n");
    }
    expect(await checksums()).toEqual(before);
    // Nothing is left behind by the failed attempts.
    const sql = postgres(db.superuserUrl, { max: 1, onnotice: () => {} });
    try {
      const left = await sql`select datname from pg_database where datname like ${`${db.name}%`}`;
      expect(left.map((row) => row.datname)).toEqual([db.name]);
    } finally {
      await sql.end();
    }
  }, 60_000);

  it("a backup never overwrites a file and says in one line when it cannot write", async () => {
    const existing = path.join(dir, "existing.backup");
    await writeFile(existing, "keep me");
    const cases: [string, RegExp][] = [
      [existing, /already exists; a backup never overwrites one\.$/],
      [path.join(dir, "no-such-dir", "x.backup"), /cannot be written: ENOENT/],
    ];
    for (const [target, message] of cases) {
      const error = await writeBackup(db.superuserUrl, target).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain("\n");
    }
    expect(await readFile(existing, "utf8")).toBe("keep me");
  }, 30_000);

  it("db:restore refuses without a terminal unless --yes is given", async () => {
    await writeFile(file, gzipSync("ATRIUM-BACKUP {}\n"));
    const run = promisify(execFile);
    const result = await run("node", ["--import", "tsx", "scripts/db-restore.ts", file], {
      env: { ...process.env, ATRIUM_LOCAL_DIR: dir },
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "db:restore replaces every row of the local database; pass --yes to confirm.",
    );
  }, 30_000);
});
