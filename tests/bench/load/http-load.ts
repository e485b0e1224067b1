// Load generator, run as its own process: for each command line on stdin, N keep-alive
// connections send one request each in a loop for a fixed time; the samples go to stdout as one
// JSON line (autocannon's job, in small). The process stays up between commands.
import http from "node:http";
import { runLanes, serveCommands } from "./figures";

export interface HttpLoadCommand {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
  connections: number;
  seconds: number;
}

const agents = new Map<number, http.Agent>();

function once(command: HttpLoadCommand, agent: http.Agent, body: Buffer | null): Promise<void> {
  const target = new URL(command.url);
  const headers = body
    ? { ...command.headers, "content-length": String(body.length) }
    : command.headers;
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: command.method,
        headers,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          if (status >= 300) {
            reject(
              new Error(`${command.method} ${command.url}: ${status} ${Buffer.concat(chunks)}`),
            );
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

await serveCommands<HttpLoadCommand>((command) => {
  const port = Number(new URL(command.url).port);
  let agent = agents.get(port);
  if (!agent) {
    // One keep-alive agent per server, so its connections survive from one round to the next.
    agent = new http.Agent({ keepAlive: true, maxSockets: command.connections });
    agents.set(port, agent);
  }
  const body = command.body === null ? null : Buffer.from(command.body);
  const using = agent;
  return runLanes(command.connections, command.seconds, () => once(command, using, body));
});
for (const agent of agents.values()) {
  agent.destroy();
}
