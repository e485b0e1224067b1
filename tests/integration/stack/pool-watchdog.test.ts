// The pool watchdog (connection-faults.ts) against real Postgres: a reservation past its bound
// fails as PGRST003's CONNECT_TIMEOUT, its late connection goes back to the pool, and work on a
// connection that closed under it is given up after its grace.
import { afterAll, describe, expect, it } from "vitest";
import {
  AbandonedWork,
  AcquisitionTimeout,
  guardWork,
  openPool,
  reserveWithin,
} from "../../../supabase/local/connection-faults";
import { databaseForFile } from "../../support/database";

const db = databaseForFile("atrium_empty");

describe("pool watchdog", () => {
  const pools: ReturnType<typeof openPool>[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end({ timeout: 1 })));
  });
  const pool = () => {
    const sql = openPool(db.ownerUrl, { max: 1, onnotice: () => {} });
    pools.push(sql);
    return sql;
  };

  it("fails a reservation past its bound and releases the late connection", async () => {
    const sql = pool();
    const held = await reserveWithin(sql, 5);
    const started = Date.now();
    const waiting = reserveWithin(sql, 0.3);
    await expect(waiting).rejects.toBeInstanceOf(AcquisitionTimeout);
    await expect(waiting).rejects.toMatchObject({ code: "CONNECT_TIMEOUT" });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(waited).toBeLessThan(1_500);
    held.release();
    // The timed-out reservation's connection was handed back, so the one-connection pool serves.
    const next = await reserveWithin(sql, 2);
    const rows = await next`select 7 as n`;
    next.release();
    expect(rows[0]?.n).toBe(7);
  });

  it("passes settled work through unchanged", async () => {
    const sql = pool();
    const connection = await reserveWithin(sql, 2);
    try {
      await expect(guardWork(sql, connection`select 1 as one`)).resolves.toMatchObject([
        { one: 1 },
      ]);
      await expect(guardWork(sql, connection`select 1/0`)).rejects.toMatchObject({
        code: "22012",
      });
    } finally {
      connection.release();
    }
  });

  it("gives up work still pending after a connection of the pool closed", async () => {
    const sql = pool();
    const connection = await reserveWithin(sql, 2);
    const [row] = await connection<{ pid: number }[]>`select pg_backend_pid() as pid`;
    expect(row?.pid).toBeGreaterThan(0);
    // Work that never settles, as a query stuck behind a dead connection does.
    const stuck = guardWork(sql, new Promise<never>(() => {}), 300);
    await db.owner`select pg_terminate_backend(${row?.pid ?? 0})`.catch(() => {});
    await expect(stuck).rejects.toBeInstanceOf(AbandonedWork);
    await expect(stuck).rejects.toMatchObject({ code: "CONNECTION_CLOSED" });
  });
});
