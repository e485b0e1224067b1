// The second reference: the same transaction through postgres.js with no HTTP at all, on as many
// concurrent lanes as the HTTP load has connections. Plans every case at start-up, then answers
// each command line on stdin (`{ "case": name, "seconds": n }`) with one JSON line of samples.
import { runLanes, serveCommands } from "./figures";
import { authenticatorPool, type BenchCase, replayable, runTransaction } from "./transactions";

interface RawInput {
  ownerUrl: string;
  secret: string;
  pool: number;
  connections: number;
  cases: BenchCase[];
}

const input = JSON.parse(process.argv[2] ?? "{}") as RawInput;
const planned = await replayable(input.ownerUrl, input.secret, input.cases);
const sql = authenticatorPool(input.ownerUrl, input.pool);
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
await serveCommands<{ case: string; seconds: number }>(async (command) => {
  const tx = planned.get(command.case);
  if (!tx) {
    throw new Error(`raw-load: ${command.case} was not planned`);
  }
  return runLanes(input.connections, command.seconds, async () => {
    await runTransaction(sql, tx);
  });
});
await sql.end();
