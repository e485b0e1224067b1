// The second reference: the same transaction through postgres.js with no HTTP at all, on as many
// concurrent lanes as the HTTP load has connections. Plans every case at start-up, then answers
// each command line on stdin (`{ "case": name, "seconds": n }`) with one JSON line of samples.
import { runLanes, serveCommands } from "./figures";
import { type ReplayInput, runTransaction, startReplay } from "./transactions";

/** The floor's input, and how many lanes to run at once (the HTTP load's connections). */
interface RawInput extends ReplayInput {
  connections: number;
}

const { input, planned, sql } = await startReplay<RawInput>();
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
