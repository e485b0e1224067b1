// The floor of our REST path: a bare node:http server that runs, per request, only the
// transaction our service would run (planned once at start-up) and writes the JSON Postgres built.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { serveCommands } from "./figures";
import { type ReplayInput, runTransaction, startReplay } from "./transactions";

const { input, planned, sql } = await startReplay<ReplayInput>();
const routes = new Map(
  input.cases.map((item) => [`${item.method} /rest/v1${item.path}`, planned.get(item.name)]),
);

const server = http.createServer((request, response) => {
  const tx = routes.get(`${request.method} ${request.url}`);
  if (!tx) {
    response.writeHead(404).end();
    return;
  }
  // The body is read (and ignored: the values were bound at start-up), as a real server must.
  request.resume();
  request.on("end", () => {
    runTransaction(sql, tx).then(
      (row) => {
        const headers: Record<string, string> = {
          "content-type": "application/json; charset=utf-8",
        };
        const pageTotal = Number(row?.page_total ?? 0);
        headers["content-range"] =
          `${pageTotal > 0 ? `0-${pageTotal - 1}` : "*"}/${row?.total ?? "*"}`;
        response.writeHead(tx.status, headers).end(row?.body ?? "[]");
      },
      (error: unknown) => {
        response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      },
    );
  });
});
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as AddressInfo;
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
// Each line on stdin asks for the CPU time used so far (µs), to price a request in CPU.
await serveCommands(async () => process.cpuUsage());
server.closeAllConnections();
server.close();
await sql.end();
process.exit(0);
