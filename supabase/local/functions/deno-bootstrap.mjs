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

await import(new URL(entry, `file://${Deno.cwd()}/`).href);
