// The second reference: the same transaction through postgres.js with no HTTP at all, on as
// many concurrent lanes as the HTTP load has connections; prints figures as one JSON line.
import { runLanes } from "./figures";
import { authenticatorPool, type BenchCase, replayable, runTransaction } from "./transactions";

interface RawInput {
  ownerUrl: string;
  secret: string;
  pool: number;
  case: BenchCase;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

const input = JSON.parse(process.argv[2] ?? "{}") as RawInput;
const tx = (await replayable(input.ownerUrl, input.secret, [input.case])).get(input.case.name);
if (!tx) {
  throw new Error(`raw-load: ${input.case.name} was not planned`);
}
const sql = authenticatorPool(input.ownerUrl, input.pool);
const figures = await runLanes(input.connections, input.seconds, input.warmupSeconds, async () => {
  await runTransaction(sql, tx);
});
await sql.end();
process.stdout.write(`${JSON.stringify(figures)}\n`);
