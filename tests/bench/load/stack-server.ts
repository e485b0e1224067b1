// Our real local stack in its own process for the bench (optionally under --cpu-prof): prints
// its URL, serves until the parent closes stdin, then stops cleanly so a profile gets written.
import { apiKeysFor } from "../../../supabase/local/keys";
import { startLocalStack } from "../../../supabase/local/stack";
import { serveCommands } from "./figures";

interface StackInput {
  ownerUrl: string;
  secret: string;
}

const input = JSON.parse(process.argv[2] ?? "{}") as StackInput;
const stack = await startLocalStack({
  port: 0,
  keys: await apiKeysFor(input.secret),
  databaseUrl: input.ownerUrl,
  env: {},
});
process.stdout.write(`${JSON.stringify({ url: stack.url })}\n`);
// Each line on stdin asks for the CPU time used so far (µs), to price a request in CPU.
await serveCommands(async () => process.cpuUsage());
await stack.stop();
process.exit(0);
