// Runs one edge function under Deno for the local runner: `Deno.serve` is pinned to a free
// loopback port, announced on stdout, then the function's index.ts is imported. The function
// itself stays as it is deployed (hosted Supabase ignores the port it asks for, and so do we).
const entry = Deno.args[0];
const original = Deno.serve.bind(Deno);

Deno.serve = (first, second) => {
  const options = typeof first === "function" ? {} : { ...first };
  const handler = typeof first === "function" ? first : (second ?? options.handler);
  delete options.handler;
  return original(
    {
      ...options,
      hostname: "127.0.0.1",
      port: 0,
      onListen: ({ port }) => console.log(`__atrium_function_listening__ ${port}`),
    },
    handler,
  );
};

// The runner holds our stdin open; when it goes away (even killed with SIGKILL) stdin ends, and
// so do we, instead of lingering as an orphan that still holds its port.
void (async () => {
  for await (const _ of Deno.stdin.readable) {
    // Nothing is ever written; the loop only waits for the end.
  }
  Deno.exit(0);
})();

await import(new URL(entry, `file://${Deno.cwd()}/`).href);
