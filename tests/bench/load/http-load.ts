// Load generator, run as its own process: N keep-alive connections send one request each in a
// loop for a fixed time and the figures go to stdout as one JSON line (autocannon's job, in small).
import http from "node:http";
import { runLanes } from "./figures";

export interface HttpLoadInput {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

const input = JSON.parse(process.argv[2] ?? "{}") as HttpLoadInput;
const target = new URL(input.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: input.connections });
const body = input.body === null ? null : Buffer.from(input.body);
const headers = body ? { ...input.headers, "content-length": String(body.length) } : input.headers;

function once(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: input.method,
        headers,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          if (status >= 300) {
            reject(new Error(`${input.method} ${input.url}: ${status} ${Buffer.concat(chunks)}`));
          } else {
            resolve();
          }
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body ?? undefined);
  });
}

const figures = await runLanes(input.connections, input.seconds, input.warmupSeconds, once);
agent.destroy();
process.stdout.write(`${JSON.stringify(figures)}\n`);
