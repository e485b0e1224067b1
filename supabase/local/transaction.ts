// One transaction on a reserved connection, safe when Postgres goes away under it. postgres.js's
// own `sql.begin` sends ROLLBACK on a connection that has just closed; the write is scheduled on a
// timer and throws there, outside any promise, which kills the process (porsager/postgres#1208).
import type postgres from "postgres";
import {
  AbandonedWork,
  CONNECT_TIMEOUT_SECONDS,
  guardWork,
  isDatabaseUnavailable,
  reserveWithin,
} from "./connection-faults";

/**
 * Runs `work` between BEGIN and COMMIT (ROLLBACK when it throws), like `sql.begin`. When the
 * connection broke, neither ROLLBACK nor release is sent: the server has rolled back already
 * and postgres.js has taken the connection back when it closed. Work stuck on a dead connection
 * is given up (see guardWork); should it finish after all, its connection is released then.
 * @example const id = await transaction(sql, async (tx) => (await tx`insert … returning id`)[0].id);
 */
export async function transaction<T>(
  sql: postgres.Sql,
  work: (tx: postgres.ReservedSql) => Promise<T>,
): Promise<T> {
  const connection = await reserveWithin(sql, CONNECT_TIMEOUT_SECONDS);
  let broken = false;
  const run = (async () => {
    await connection.unsafe("begin");
    const result = await work(connection);
    await connection.unsafe("commit");
    return result;
  })();
  try {
    return await guardWork(sql, run);
  } catch (error) {
    broken = isDatabaseUnavailable(error);
    if (error instanceof AbandonedWork) {
      run.then(
        () => connection.release(),
        () => {},
      );
    } else if (!broken) {
      await connection.unsafe("rollback").catch((rollbackError: unknown) => {
        broken = isDatabaseUnavailable(rollbackError);
      });
    }
    throw error;
  } finally {
    if (!broken) {
      connection.release();
    }
  }
}
